package dev.redcarpet.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseFilterTest {
    private final NoiseFilter noise = new NoiseFilter();

    @ParameterizedTest
    @ValueSource(strings = {
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Photo: Jane Roe/Getty Images",
            "Photograph: Kit Lane/REX/Shutterstock",
            "Image credit: Getty Images",
            "Credit: Invision",
            "Getty Images",
            "Jane Roe/Getty Images for Example Magazine",
            "Photos courtesy of Example Pictures.",
            "(Photo by Jane Roe/Getty Images)",
            "Related: Ten looks from the spring ball",
            "RELATED: Ten looks from the spring ball",
            "READ MORE: Ten looks from the spring ball",
            "See also: Ten looks from the spring ball",
            "Also read: Ten looks from the spring ball",
            "By Jane Doe",
            "By Jane Doe and John Roe",
            "BY JANE DOE, STAFF WRITER",
            "Written by Example Audio, March 3, 2025",
            "Share this article",
            "Share on Facebook",
            "Comments are closed on this post.",
            "We use cookies to improve your experience. By continuing you accept our cookie policy.",
            "Sign up for our weekly style newsletter.",
            "Stay in the know: sign up for our daily fashion newsletter.",
            "Never miss a story — subscribe and new posts will arrive in your inbox.",
            "We may earn a commission when you buy through links on our site.",
            "Updated 03 May 2025",
            "Follow us on Instagram for more red carpet coverage.",
            "ADVERTISING",
            "Article continues after this advertisement",
            "View this post on Instagram",
            "A post shared by Kit Lane (@kitlane)",
            "Embed from Getty Images",
            "Pictured: Rae Moss at the spring gala",
            "[Photo: Kit Lane]",
            "Instagram/@raemoss",
            "This article originally appeared on Example Style.",
            "Tags: Spring Gala, red carpet, couture",
            "Click here to see every look from the night",
            "Shop the look",
            "5 min read",
            "Additional reporting by Jane Roe",
            "This post contains affiliate links."
    })
    void pageFurnitureIsNoise(String line) {
        assertThat(noise.isNoise(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She posted a photo of the gown to her fans, where it drew two million likes.",
            "Photographers crowded the steps as she arrived.",
            "By the end of the night, she had changed into a second look.",
            "By 2025 standards, the dress was modest.",
            "Her newsletter, which she started in 2020, covers vintage shopping.",
            "The designer told Reuters the dress took 600 hours.",
            "Getty Images photographer Kit Lane caught the moment she tripped.",
            "Related to the theme, many guests wore florals.",
            "“Sign up for whatever makes you happy,” she told the crowd.",
            "She shared the stage with her sister.",
            "The milk and cookies stand was a hit with the guests.",
            "Published in 2019, her memoir became a bestseller.",
            "Our picks of the night:",
            "Michelle Yeoh",
            "More standouts:",
            "Shopping for the gown took her three months.",
            "Tags were still hanging from the sleeve, she admitted.",
            "Click here, click there: the cameras never stopped."
    })
    void articleSentencesAreKept(String line) {
        assertThat(noise.isNoise(line)).as(line).isFalse();
    }

    @Test
    void creditsInsideASentenceAreCutAndTheSentenceKept() {
        assertThat(noise.stripInlineCredits("She wore teal. (Getty: Kit Lane)"))
                .isEqualTo("She wore teal.");
        assertThat(noise.stripInlineCredits("(Image credit: Getty Images) The gown was 3D-printed."))
                .isEqualTo("The gown was 3D-printed.");
        assertThat(noise.stripInlineCredits("Kai Rowe in Paris. (Jane Roe/Getty Images)"))
                .isEqualTo("Kai Rowe in Paris.");
    }

    @Test
    void aCreditAfterTheLastSentenceOfACaptionIsCut() {
        assertThat(noise.stripInlineCredits("Rae Moss at the 2025 Spring Gala. Getty"))
                .isEqualTo("Rae Moss at the 2025 Spring Gala.");
        assertThat(noise.stripInlineCredits("Rae Moss in Dior. Kit Lane/Getty Images for Example"))
                .isEqualTo("Rae Moss in Dior.");
        assertThat(noise.stripInlineCredits("“I loved it.” Kit Lane/Shutterstock"))
                .isEqualTo("“I loved it.”");
        assertThat(noise.stripInlineCredits("The show ended late. Reuters"))
                .isEqualTo("The show ended late. Reuters");
        assertThat(noise.stripInlineCredits("She wore green. Then she changed into red."))
                .isEqualTo("She wore green. Then she changed into red.");
    }

    @Test
    void aCaptionThatDescribesThePictureIsKeptWithoutItsCredits() {
        assertThat(noise.describingCaption("Photo: Kit Lane - Agency/Agency via Getty Images — Rae Moss at the premiere during the 61st Lakeside Festival, May 3, 2021."))
                .isEqualTo("Photo: Rae Moss at the premiere during the 61st Lakeside Festival, May 3, 2021.");
        assertThat(noise.describingCaption("Photo: Rae Moss wears vintage Dior for the spring gala. (Photo by Jane Roe / AFP)"))
                .isEqualTo("Photo: Rae Moss wears vintage Dior for the spring gala.");
        assertThat(noise.describingCaption("Photo: (From left) Rae Moss and Kai Rowe arrive at the gala on Feb 4, 2024. PHOTOS: REUTERS, AFP"))
                .isEqualTo("Photo: (From left) Rae Moss and Kai Rowe arrive at the gala on Feb 4, 2024.");
    }

    @Test
    void aCaptionThatIsOnlyACreditIsStillNoise() {
        for (String line : new String[]{"Photo: Jane Roe/Getty Images", "Photo: Kit Lane via Getty Images", "Image courtesy: Vogue",
                "Photo credits: Getty Images / Example Association", "She posted a photo of the gown to her fans, where it drew two million likes."}) {
            assertThat(noise.describingCaption(line)).as(line).isNull();
        }
    }

    @Test
    void otherParenthesesAndDatelinesStay() {
        assertThat(noise.stripInlineCredits("PARIS (AFP) — The show opened late."))
                .isEqualTo("PARIS (AFP) — The show opened late.");
        assertThat(noise.stripInlineCredits("Teddy (Jesse Plemons, 37) believes in aliens."))
                .isEqualTo("Teddy (Jesse Plemons, 37) believes in aliens.");
        assertThat(noise.stripInlineCredits("Her gown (photos of which went viral) was blue."))
                .isEqualTo("Her gown (photos of which went viral) was blue.");
    }

    @Test
    void anAuthorBiographyAtTheEndIsDropped() {
        List<String> cleaned = noise.clean(List.of(
                "Ria Stone wore a lilac suit to the awards.",
                "Advertisement",
                "“I felt like spring,” she said.",
                "Jane Doe is a fashion writer based in London who covers red carpets."));

        assertThat(cleaned).containsExactly(
                "Ria Stone wore a lilac suit to the awards.",
                "“I felt like spring,” she said.");
    }
}
