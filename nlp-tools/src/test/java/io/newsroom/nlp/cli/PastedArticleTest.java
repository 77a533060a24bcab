package io.newsroom.nlp.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code tag} reads what it is given: the headline a reader would see, and the body. */
class PastedArticleTest {

    @Test
    void shouldSkipASectionNameAboveTheHeadline() {
        PastedArticle a = PastedArticle.of("World\nCentral Asian leaders meet EU chief in Astana\n\n"
                + "Leaders of five Central Asian states met in Astana on Thursday.\n");

        assertThat(a.headline()).isEqualTo("Central Asian leaders meet EU chief in Astana");
        assertThat(a.body().strip()).isEqualTo("Leaders of five Central Asian states met in Astana on Thursday.");
    }

    @Test
    void shouldSkipSectionPathsTagLinesAndSeveralSectionNames() {
        assertThat(PastedArticle.of("Politics | Asia\nTokayev meets Xi in Astana\n\nThey met.").headline())
                .isEqualTo("Tokayev meets Xi in Astana");
        assertThat(PastedArticle.of("News\nScience & Environment\nRivers in England run dry after summer heat\n\nText.")
                .headline()).isEqualTo("Rivers in England run dry after summer heat");
        assertThat(PastedArticle.of("Asia\n\nTokayev hosts Asian leaders for CICA summit\n\nText.").headline())
                .isEqualTo("Tokayev hosts Asian leaders for CICA summit");
        assertThat(PastedArticle.of("Middle East & Africa\n\nDarfur refugees pour into Chad as aid runs short\n\nText.")
                .headline()).isEqualTo("Darfur refugees pour into Chad as aid runs short");
        assertThat(PastedArticle.of("U.S.\n\nSam Bankman-Fried Convicted of Fraud Over FTX Collapse\n\nA jury found him guilty.")
                .headline()).isEqualTo("Sam Bankman-Fried Convicted of Fraud Over FTX Collapse");
        assertThat(PastedArticle.of("SPAIN ELECTIONS \u203a\nSpain's election ends in deadlock as Feij\u00f3o falls short\n\nText.")
                .headline()).isEqualTo("Spain's election ends in deadlock as Feij\u00f3o falls short");
        assertThat(PastedArticle.of("Africa Cup of Nations\nMane penalty wins first AFCON title for Senegal\nSadio Mane scored.")
                .headline()).isEqualTo("Mane penalty wins first AFCON title for Senegal");
        assertThat(PastedArticle.of("KYODO NEWS - Dec 20, 2022 - 18:55 | Business, All\nBOJ tweaks yield control policy\n\nText.")
                .headline()).isEqualTo("BOJ tweaks yield control policy");
    }

    @Test
    void shouldSkipAPagesShortLinesAboveTheHeadline() {
        assertThat(PastedArticle.of("Sport\nCricket\nWorld Cup 2023\nThis was published 1 year ago\n"
                + "'Silence the crowd': Head's century wins Australia a sixth World Cup\nBy Lachlan Fairweather-Bligh\n\n"
                + "Travis Head made 137.").headline())
                .isEqualTo("'Silence the crowd': Head's century wins Australia a sixth World Cup");
        assertThat(PastedArticle.of("NEWS\n20 January 2024\nJapan's Moon lander touches down but its solar cells fail\n\n"
                + "SLIM landed.").headline()).isEqualTo("Japan's Moon lander touches down but its solar cells fail");
    }

    @Test
    void shouldSkipAPagesMenuAboveTheHeadline() {
        assertThat(PastedArticle.of("Formula 1   Home   News   Results   Calendar   Standings   Features\n\n"
                + "Formula 1  |  Abu Dhabi GP  |  Race report\n\n"
                + "Verstappen snatches F1 title from Hamilton on last lap after safety car row\n\nMax Verstappen won.").headline())
                .isEqualTo("Verstappen snatches F1 title from Hamilton on last lap after safety car row");
    }

    @Test
    void shouldSkipAMastheadAndMenuAboveAHeadlineThatAsks() {
        assertThat(PastedArticle.of("DutchNews.nl\nDutch news in English\n\nHome  News  Politics  Economy  Donate\n\n"
                + "November 23, 2023\n\nWilders' PVV is biggest party by far, but who will work with him?\n\n"
                + "Geert Wilders' PVV has become the biggest party.").headline())
                .isEqualTo("Wilders' PVV is biggest party by far, but who will work with him?");
        assertThat(PastedArticle.of("allAfrica\nAFRICA: Top Headlines | Coronavirus | Elections | Sport\n"
                + "Senegal | West Africa | Governance\n\nSenegal: President Macky Sall Says He Will Not Run for a Third Term\n\n"
                + "Dakar - President Macky Sall announced on Monday.").headline())
                .isEqualTo("Senegal: President Macky Sall Says He Will Not Run for a Third Term");
    }

    @Test
    void shouldStartThePageBelowASitesNameSloganAndMenuButNotBelowAByline() {
        assertThat(PastedArticle.of("Ukrinform\nMultimedia Platform for Foreign Broadcasting of Ukraine\n"
                + "UKR | RUS | ENG | DEU | FRA\n\nWar | Politics | Economy | Society | World\n\nPolitics\n16.06.2022 17:48\n\n"
                + "Macron, Scholz and Draghi in Kyiv back EU candidate status for Ukraine\n\nThe leaders arrived by train.")
                .headline()).isEqualTo("Macron, Scholz and Draghi in Kyiv back EU candidate status for Ukraine");
        assertThat(PastedArticle.of("Pakistan\n\nImran arrested from IHC premises; violent protests erupt\n\n"
                + "Malik Tariq | Sana Jamil\nPublished May 10, 2023\n\nRangers escort Imran Khan out of court. \u2014 DawnNewsTV\n\n"
                + "Imran Khan was arrested on Tuesday.").headline())
                .isEqualTo("Imran arrested from IHC premises; violent protests erupt");
    }

    @Test
    void shouldSkipASectionPathWithDigitsAndAStampWithAPagesIcons() {
        assertThat(PastedArticle.of("News24\nHome   News   Elections 2024   Opinion   Business   Sport   Video\n\n"
                + "News24 > Elections > National\n\nRamaphosa re-elected president as DA and IFP join ANC in unity government\n\n"
                + "Cyril Ramaphosa beat Julius Malema.").headline())
                .isEqualTo("Ramaphosa re-elected president as DA and IFP join ANC in unity government");
        assertThat(PastedArticle.of("Politics\n19:58 / 19.05.2023   \ud83d\udc41 11,752\n"
                + "Mirziyoyev calls for start of China\u2013Kyrgyzstan\u2013Uzbekistan railway this year at Xi'an summit\n\n"
                + "Xi Jinping announces financing.").headline())
                .isEqualTo("Mirziyoyev calls for start of China\u2013Kyrgyzstan\u2013Uzbekistan railway this year at Xi'an summit");
    }

    @Test
    void shouldSkipAPagesChromeOfIconsMenusBreadcrumbsAndMastheadsAboveTheHeadline() {
        String commission = String.join("\n", "European Commission  \u203a  Press corner  \u203a  Press release",
                "Choose your language:  EN  \u25be", "", "Press release   |   17 December 2022   |   Brussels", "IP/22/7863", "",
                "Page contents", "   Top", "   Quote(s)", "   Background", "   For More Information", "   Print friendly pdf",
                "   Contacts", "", "Black Sea electricity cable: President von der Leyen welcomes agreement", "",
                "Today in Bucharest, President Ursula von der Leyen attended the signing.");
        assertThat(PastedArticle.of(commission).headline()).isEqualTo("Black Sea electricity cable: President von der Leyen welcomes agreement");
        String brief = String.join("\n", "CASPIAN CROSSROADS INSTITUTE", "Research  \u00b7  Programmes  \u00b7  Events  \u00b7  About us",
                "Programmes \u203a Connectivity & Trade \u203a Publications", "",
                "POLICY BRIEF  No. 42/2024  \u00b7  Connectivity & Trade Programme  \u00b7  3 December 2024",
                "\u2b07 Download PDF (612 KB)    \u275d Cite", "", "Across the Caspian by rail and by cable: what the Middle Corridor needs",
                "", "The route between China and Europe has doubled its cargo.");
        assertThat(PastedArticle.of(brief).headline()).isEqualTo("Across the Caspian by rail and by cable: what the Middle Corridor needs");
        String slogan = String.join("\n", "independent English-language news from Armenia and the South Caucasus",
                "\u2630  Politics   Security   Economy", "Pashinyan says Armenia has 'frozen' its participation in the CSTO", "",
                "Prime Minister Nikol Pashinyan said so on Thursday.");
        assertThat(PastedArticle.of(slogan).headline()).isEqualTo("Pashinyan says Armenia has 'frozen' its participation in the CSTO");
        assertThat(PastedArticle.isChrome("Temperatures hit 40\u00b0C as Spain swelters in record heat")).isFalse();
        assertThat(PastedArticle.isChrome("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.")).isFalse();
    }

    @Test
    void shouldSkipAWiresHeaderBlockAndABracketedRubric() {
        String wire = String.join("\n", "TWP  \u00b7  TRANSWORLD PRESS  \u00b7  WORLD SERVICE (ENGLISH)", "\u2500".repeat(20),
                "SLUG: MONGOLIA-RUSSIA/PUTIN (2ND LEAD, WRITETHRU)", "PRIORITY: 2 (URGENT LEAD)     CATEGORY: POL/DIP     WORDS: 640",
                "EDS: Adds Ukrainian Foreign Ministry reaction in para 8.", "\u2500".repeat(20), "",
                "Putin gets red-carpet welcome in Mongolia, a member of the court that wants him arrested", "",
                "ULAANBAATAR - Russian President Vladimir Putin was greeted by a mounted honour guard on Tuesday.");
        assertThat(PastedArticle.of(wire).headline())
                .isEqualTo("Putin gets red-carpet welcome in Mongolia, a member of the court that wants him arrested");
        String agency = String.join("\n", "UzIA  \u00b7  UZBEKISTAN INFORMATION AGENCY", "",
                "[STATE VISIT]  Shavkat Mirziyoyev and Vladimir Putin hold talks in Tashkent", "",
                "The leaders of the two countries met in the Kuksaroy residence.");
        assertThat(PastedArticle.of(agency).headline()).isEqualTo("Shavkat Mirziyoyev and Vladimir Putin hold talks in Tashkent");
    }

    @Test
    void shouldTakeANewslettersStoryBelowItsGreetingAndKeepTheGreetingInTheBody() {
        String letter = String.join("\n", "STEPPE SIGNAL",
                "The weekly briefing on Central Asia  \u00b7  Issue #87  \u00b7  Saturday 12 November 2022", "",
                "IN THIS ISSUE", "  1. Samarkand summit: the Turkic bloc takes a step", "  2. Reader mail", "",
                "Good morning from Tashkent. One story dominated our week.", "",
                "Turkic leaders admit Northern Cyprus as observer, and Nicosia cries foul", "",
                "The leaders of the Organization of Turkic States met on Friday in Samarkand.");
        PastedArticle a = PastedArticle.of(letter);
        assertThat(a.headline()).isEqualTo("Turkic leaders admit Northern Cyprus as observer, and Nicosia cries foul");
        assertThat(a.body()).startsWith("Good morning from Tashkent.").contains("met on Friday in Samarkand").doesNotContain("IN THIS ISSUE");
    }

    @Test
    void shouldTakeTheStoryBelowANewslettersGreetingUnderItsMastheadAndSlogan() {
        String letter = String.join("\n", "View this email in your browser  |  Add us to your contacts", "", "THE YELLOWCAKE BRIEF",
                "Nuclear fuel markets in five minutes, every Wednesday", "Issue #61  \u00b7  2 August 2023", "", "IN THIS ISSUE",
                "1. Kazakhstan's acid problem", "2. Niger after the coup", "",
                "Good morning. Summer is supposed to be quiet in uranium. Not this year.", "",
                "Kazatomprom warns acid shortage could derail next year's output increase", "",
                "Kazakhstan's Kazatomprom said on Tuesday that a shortage of sulphuric acid could hurt output.");
        PastedArticle a = PastedArticle.of(letter);
        assertThat(a.headline()).isEqualTo("Kazatomprom warns acid shortage could derail next year's output increase");
        assertThat(a.body()).startsWith("Good morning.").contains("shortage of sulphuric acid");
        // A story that quotes a greeting further down keeps its own headline.
        String story = String.join("\n", "Tokayev opens the Astana forum with a call for dialogue",
                "Kazakhstan's president opened the forum on Thursday before some two hundred guests from forty countries.",
                "\"Good morning, friends,\" he began.", "Leaders welcome new rail links across the Caspian", "More text.");
        assertThat(PastedArticle.of(story).headline()).isEqualTo("Tokayev opens the Astana forum with a call for dialogue");
    }

    @Test
    void shouldSkipAReleaseServicesLabelledLines() {
        String release = String.join("\n", "OFFICIAL RELEASE", "Issuer: Ministry of Foreign Affairs of the Republic of Kazakhstan",
                "Distributed: 17.08.2021 18:20 (KST)   \u00b7   Release ID: PPA-21-0817-0443   \u00b7   Language: English", "",
                "President Tokayev holds talks with President Moon Jae-in in Seoul", "",
                "Seoul, 17 August 2021 \u2013 The presidents held talks.");
        assertThat(PastedArticle.of(release).headline()).isEqualTo("President Tokayev holds talks with President Moon Jae-in in Seoul");
    }

    @Test
    void shouldSkipASloganAboveTheSitesNameAndItsMenu() {
        String site = String.join("\n", "Official website of the President of the Republic of Kazakhstan", "Akorda",
                "President   Press service   Addresses   Documents   Foreign policy   Reforms   Contacts", "ENG   \u049a\u0410\u0417   \u0420\u0423\u0421", "",
                "Home / Press service / Events", "", "9 November 2023", "",
                "Kassym-Jomart Tokayev holds talks with President of Russia Vladimir Putin", "", "Photo gallery (32)", "",
                "The Head of State held talks in narrow and extended formats.");
        assertThat(PastedArticle.of(site).headline()).isEqualTo("Kassym-Jomart Tokayev holds talks with President of Russia Vladimir Putin");
        // A headline over a short line and a share row stays the headline: the menu must be right under a site's name.
        String story = String.join("\n", "Tokayev signs a decree on the new cabinet of ministers", "By Dana Ermekova",
                "", "Share  |  Tweet  |  Email  |  Print", "", "Kazakhstan's president signed a decree on Tuesday.");
        assertThat(PastedArticle.of(story).headline()).isEqualTo("Tokayev signs a decree on the new cabinet of ministers");
    }

    @Test
    void shouldKeepAShortHeadlineOverItsFirstParagraph() {
        assertThat(PastedArticle.of("Storm Ciaran\nRoads were closed across the south on Thursday.\n\nMore.").headline())
                .isEqualTo("Storm Ciaran");
        assertThat(PastedArticle.of("Tokayev wins\n\nASTANA - Kassym-Jomart Tokayev won.").headline())
                .isEqualTo("Tokayev wins");
        assertThat(PastedArticle.of("Kazakhstan\n\nASTANA - Kassym-Jomart Tokayev won.").headline())
                .isEqualTo("Kazakhstan");
    }

    @Test
    void shouldTakeASingleLineAsBodyOnly() {
        PastedArticle a = PastedArticle.of("ASTANA - Kassym-Jomart Tokayev met Xi Jinping on Monday.");
        assertThat(a.headline()).isEmpty();
        assertThat(a.body()).isEqualTo("ASTANA - Kassym-Jomart Tokayev met Xi Jinping on Monday.");
    }

    @Test
    void shouldReadIngestsArticleAndNinjsAsJson() {
        PastedArticle own = PastedArticle.of("{\"source\":\"wire-asia\",\"headline\":\"Tokayev hosts leaders\","
                + "\"body\":\"ASTANA - Tokayev opened a summit.\"}");
        assertThat(own.headline()).isEqualTo("Tokayev hosts leaders");
        assertThat(own.body()).isEqualTo("ASTANA - Tokayev opened a summit.");

        PastedArticle ninjs1 = PastedArticle.of("{\"uri\":\"urn:x\",\"headline\":\"Rates held\",\"body_html\":\"<p>The bank held.</p>\"}");
        assertThat(ninjs1.headline()).isEqualTo("Rates held");
        assertThat(ninjs1.body()).isEqualTo("<p>The bank held.</p>");

        PastedArticle ninjs2 = PastedArticle.of("{\"uri\":\"urn:x\",\"headlines\":[{\"value\":\"Rates held\"}],"
                + "\"bodies\":[{\"contenttype\":\"text/plain\",\"value\":\"The bank held.\"}]}");
        assertThat(ninjs2.headline()).isEqualTo("Rates held");
        assertThat(ninjs2.body()).isEqualTo("The bank held.");
    }

    @Test
    void shouldSayWhatAJsonInputLacks() {
        assertThatThrownBy(() -> PastedArticle.of("{\"headline\":\"No body\"}"))
                .hasMessageContaining("needs a body");
        assertThatThrownBy(() -> PastedArticle.of("{\"headline\": "))
                .hasMessageContaining("not JSON");
    }

    @Test
    void shouldTakeTheHtmlHeadingElseItsTitleAsHeadline() {
        PastedArticle a = PastedArticle.of("<html><head><title>Rates held</title></head><body><p>Held.</p></body></html>");
        assertThat(a.headline()).isEqualTo("Rates held");
        assertThat(a.body()).contains("<p>Held.</p>");
        assertThat(PastedArticle.of("<html><head><title>Rates held | Daily Wire</title></head><body><h1>Rates held</h1>"
                + "<p>Held.</p></body></html>").headline()).as("the page's heading, not the site's name").isEqualTo("Rates held");
    }

    @Test
    void shouldTakeANewsDatabasesHeadlineField() {
        PastedArticle a = PastedArticle.of("PressBase Online   |   Search   |   Results\n\nCopyright 1996 Transmed News Agency\n"
                + "SECTION: International News\nLENGTH: 503 words\nHEADLINE: Netanyahu and Arafat aides report progress on Hebron\n"
                + "BYLINE: By Ofra Talmi-Brandeis\n\nJERUSALEM, Dec 19 (Transmed) - Aides met again on Thursday.");

        assertThat(a.headline()).isEqualTo("Netanyahu and Arafat aides report progress on Hebron");
        assertThat(a.body()).startsWith("BYLINE: By Ofra Talmi-Brandeis").contains("Aides met again");
    }
}
