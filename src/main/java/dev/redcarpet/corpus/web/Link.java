package dev.redcarpet.corpus.web;

import java.net.URI;

/** A page a feed or sitemap points at. */
record Link(URI url) {
}
