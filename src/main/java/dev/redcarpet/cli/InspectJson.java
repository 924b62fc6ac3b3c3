package dev.redcarpet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.analysis.people.PersonRole;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.ReadSentence;
import dev.redcarpet.corpus.Article;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable form of {@code inspect --json}: one object per file, fixed field names. */
final class InspectJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectJson() {
    }

    static String render(String file, List<Article> articles, List<ArticleFacts> facts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) list.add(article(articles.get(i), facts.get(i)));
        root.put("articles", list);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> article(Article a, ArticleFacts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", f.title() == null ? a.displayTitle() : f.title());
        m.put("date", a.date() == null ? null : a.date().toString());
        if (f.edition() == null && f.eventId() != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event", f.eventName());
            e.put("year", null);
            m.put("edition", e);
        } else if (f.edition() == null) {
            m.put("edition", null);
        } else {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event", f.edition().eventName());
            e.put("year", f.edition().year());
            m.put("edition", e);
        }
        List<Object> people = new ArrayList<>();
        for (PersonRole r : f.roles()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", r.name());
            p.put("role", r.role());
            p.put("evidence", r.evidence());
            people.add(p);
        }
        m.put("people", people);
        List<Object> quotes = new ArrayList<>();
        for (Quote q : f.quotes()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("text", q.text());
            p.put("speaker", q.speaker());
            quotes.add(p);
        }
        m.put("quotes", quotes);
        List<Object> looks = new ArrayList<>();
        for (Look l : f.looks()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("person", l.person());
            p.put("edition", l.edition() == null ? null : l.edition().eventName() + " " + l.edition().year());
            List<Object> fields = new ArrayList<>();
            for (LookField lf : l.fields()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", lf.kind());
                x.put("value", lf.value());
                x.put("evidence", lf.evidence());
                fields.add(x);
            }
            p.put("fields", fields);
            looks.add(p);
        }
        m.put("looks", looks);
        List<Object> sentences = new ArrayList<>();
        for (ReadSentence s : f.sentences()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("text", s.text());
            p.put("subject", s.subject());
            p.put("segment", s.segment());
            p.put("part", s.part().label());
            sentences.add(p);
        }
        m.put("sentences", sentences);
        return m;
    }
}
