package io.newsroom.nlp.hygiene;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Page furniture found in wire and web copy: what is hidden, what a dateline's place is called. */
class FurnitureTest {

    private static final String BODY = String.join("\n",
            "FRANKFURT, Oct 13 (Reuters) - Shares rose on Thursday. Photo: Getty Images",
            "By Jane Doe and John Roe",
            "The bank said profits rose. (Picture by Max Muster/AFP via Getty Images)",
            "Traders sold shares. Getty Image",
            "Tags: Banks, Germany",
            "Business | Europe");

    @Test
    void shouldHideCreditsBylinesTagLinesAndTheDatelineAgency() {
        Furniture f = Furniture.of(BODY);
        String story = f.storyText(BODY);
        assertThat(story).hasSameSizeAs(BODY)
                .contains("FRANKFURT", "Shares rose on Thursday.", "The bank said profits rose.", "Traders sold shares.")
                .doesNotContain("Reuters", "Oct 13", "Getty", "Jane Doe", "Max Muster", "Tags", "Business | Europe");
    }

    @Test
    void shouldHideCreditsInAnyCaseAndLeaveLinesWithoutOneAlone() {
        String body = String.join("\n",
                "Rain fell. PHOTOS: Jane Doe",
                "Rain fell. pictures by Max Muster",
                "Rain fell. Image: Reuters",
                "Rain fell. AFP via GETTY IMAGES",
                "Rain fell on the photographers, who pictured the images of Gettysburg.");
        String story = Furniture.of(body).storyText(body);

        assertThat(story.lines().toList()).containsExactly(
                blankedFrom("Rain fell. PHOTOS: Jane Doe", 11),
                blankedFrom("Rain fell. pictures by Max Muster", 11),
                blankedFrom("Rain fell. Image: Reuters", 11),
                blankedFrom("Rain fell. AFP via GETTY IMAGES", 11),
                "Rain fell on the photographers, who pictured the images of Gettysburg.");
        assertThat(Furniture.mayHoldCredit("Shares rose on Thursday as traders bought banks.")).isFalse();
    }

    @Test
    void shouldHideTheCaptionUnderACreditLineButNotTheStoryAfterIt() {
        String body = String.join("\n",
                "Getty Images",
                "Kazakh President Kassym-Jomart Tokayev welcomed Charles Michel to Astana on Thursday.",
                "",
                "Leaders of five Central Asian states met Charles Michel in Astana on Thursday.",
                "Photo: Reuters",
                "ASTANA - The talks went on into the night.",
                "",
                "AFP via Getty Images",
                "The summit was the first since 2019,",
                "officials said.");
        String story = Furniture.of(body).storyText(body);

        assertThat(story).hasSameSizeAs(body)
                .doesNotContain("Getty", "Kassym-Jomart Tokayev welcomed", "Reuters")
                .contains("Leaders of five Central Asian states met Charles Michel in Astana on Thursday.",
                        "The talks went on into the night.", // a dateline opens story, not a caption
                        "The summit was the first since 2019,\nofficials said."); // a paragraph of two lines
    }

    @Test
    void shouldHideAWebPagesTimeStampsReportCreditsAndClosingLists() {
        String body = String.join("\n",
                "Image source, Getty Images",
                "Image caption, Tokayev welcomed leaders at the Palace of Independence",
                "By Abdujalil Abdurasulov, BBC News, Astana",
                "Published 3 hours ago",
                "Share",
                "Kazakhstan's President Kassym-Jomart Tokayev has called for a new security architecture.",
                "Updated 6:12 AM GMT, February 23, 2025",
                "Reporting by Olzhas Auyezov in Samarkand; Editing by Gareth Jones",
                "Associated Press writer Dmitry Kozlov in Bishkek, Kyrgyzstan, contributed to this report.",
                "Our Standards: The Thomson Reuters Trust Principles.",
                "jm/ak/rl",
                "\u00a9 Agence France-Presse",
                "Related topics",
                "Kazakhstan",
                "Central Asia",
                "",
                "The next summit will be held in Baku in 2026.");
        assertThat(storyLines(body)).containsExactly(
                "Kazakhstan's President Kassym-Jomart Tokayev has called for a new security architecture.",
                "The next summit will be held in Baku in 2026.");
    }

    @Test
    void shouldTellTimeStampsFromStoryLines() {
        assertThat(Furniture.isTimeStamp("Wed 27 Aug 2025 20.55 BST")).isTrue();
        assertThat(Furniture.isTimeStamp("First published on Wed 27 Aug 2025 18.30 BST")).isTrue();
        assertThat(Furniture.isTimeStamp("April 4, 2025 2:41 PM GMT+1 Updated 3 hours ago")).isTrue();
        assertThat(Furniture.isTimeStamp("17 July")).isTrue();
        assertThat(Furniture.isTimeStamp("On Monday")).as("no number, month or stamp word").isFalse();
        assertThat(Furniture.isTimeStamp("Published on Monday, the report said 40 died")).isFalse();
        assertThat(Furniture.isTimeStamp("May 2025 be better")).isFalse();
    }

    @Test
    void shouldHideCaptionsThatEndInTheirCreditAndTheLeadPicturesCaption() {
        String body = String.join("\n",
                "Photo: Igor Sasin/AFP",
                "Turkmen President Serdar Berdimuhamedov and Azerbaijani President Ilham Aliyev meet in Ashgabat.",
                "",
                "ASHGABAT, May 21 (Euronews) - Turkmenistan and Azerbaijan agreed on a gas pipeline study.",
                "",
                "Marat Tomasov celebrates at the Astana Arena. Photograph: Stanislav Filippov/AFP/Getty Images",
                "A man walks past the Almaty city court building [File: Ruslan Pryanikov/AFP]",
                "Photo: AFP",
                "",
                "The world's largest uranium producer said revenue rose.");
        assertThat(storyLines(body))
                .as("a credit line after the story has begun is no lead picture's: the paragraph under it stays")
                .containsExactly("ASHGABAT Turkmenistan and Azerbaijan agreed on a gas pipeline study.",
                        "The world's largest uranium producer said revenue rose.");
    }

    @Test
    void shouldHideBylinesAboveTimeStampsOutletLinesAndTheLabelledOrBracketedCaptions() {
        String body = String.join("\n",
                "Marina Costa in São Paulo",
                "Mon 31 Oct 2022 02.47 GMT",
                "Daniel Harper in London and Grace Lim in San Francisco",
                "October 13, 2023 · 7:52 PM UTC · Updated 2 hours ago",
                "SITI RAHMAWATI, Contributing writer",
                "September 5, 2023 19:40 JST | Updated on September 5, 2023 22:15 JST",
                "By Tom Ashworth, Chief Football Writer, at the Atatürk Olympic Stadium",
                "By Chiamaka Okonkwo",
                "BBC News, Abuja",
                "Image caption,",
                "Supporters of Bola Tinubu celebrated outside his campaign office in Abuja",
                "Joko Widodo speaks at the opening of the summit in Jakarta on Sept. 5. (Pool photo via Reuters)",
                "Rafael Grossi speaks to journalists in Zaporizhzhia on Wednesday. (AP Photo)",
                "Saad al-Kaabi speaks at the signing ceremony in Doha [File: Reuters]",
                "Sam Bankman-Fried leaving court in Manhattan. Credit...Laura Brennan/Reuters",
                "",
                "Lula won the run-off. Supporters gathered in São Paulo.",
                "Lula thanked voters. (Photo by Jane Doe/AFP)");
        assertThat(storyLines(body))
                .as("story lines, with a credit closing a paragraph inside the story hidden alone")
                .containsExactly("Lula won the run-off. Supporters gathered in São Paulo.", "Lula thanked voters.");
    }

    @Test
    void shouldHideMoreOutletsBylinesTimeStampsAndCaptionCredits() {
        String body = String.join("\n",
                "Valentina Ruiz and Tom Fielding, Reuters",
                "Updated Wed, December 13, 2023 at 7:42 AM EST · 4 min read",
                "Issued on: 06/01/2023 - 14:37",
                "By Gareth Lloyd at the Stade de France",
                "By Lina Haddad",
                "BBC News",
                "Friday 21 July 2023 10:47, UK",
                "Sultan al-Jaber brings down the gavel at Expo City Dubai, December 13, 2023. REUTERS/Kamal Haddad",
                "Xi Jinping walks with Serdar Berdimuhamedov in Beijing on January 6, 2023. © Wang Zhaoyu, AFP",
                "FILE - This undated photo provided by the Narges Foundation shows Narges Mohammadi. (Narges Foundation via AP, File)",
                "Steve Tuckwell celebrates after the count in Uxbridge. Pic: PA",
                "Siya Kolisi lifts the trophy in Saint-Denis. (Photo by Marc Dubois/Getty Images)",
                "Rahul Gandhi addresses the media in New Delhi. File | Photo Credit: Sandeep Rawat",
                "",
                "DUBAI, Dec 13 (Reuters) - Negotiators agreed on Wednesday.");
        assertThat(storyLines(body)).containsExactly("Rahul Gandhi addresses the media in New Delhi. File |",
                "DUBAI Negotiators agreed on Wednesday.");
    }

    @Test
    void shouldHideTheFurnitureOfEuronewsBloombergCnnTheBbcAndALocalPaper() {
        String body = String.join("\n",
                "By Euronews with AFP, AP",
                " \u2022 Updated: 21/11/2022 - 16:42",
                "Tokayev casts his ballot in Astana, Sunday, Nov. 20, 2022 -  Copyright  Aizhan Nurlanova/AP Photo",
                "Storage tanks at the Sangachal gas terminal near Baku. Photographer: Emil Rzayev/Bloomberg",
                "Video Ad Feedback",
                "Watch: Cheers and selfies as Wagner fighters pull out of Rostov-on-Don",
                "02:14 - Source: CNN",
                "Sarah Whitcomb and Marcus Lane",
                "Mississippi Clarion Ledger",
                "",
                "Published 10:31 a.m. CT June 24, 2022 | Updated 6:05 p.m. CT June 24, 2022",
                "Barbara Gauthier/Clarion Ledger",
                "By Naomi Price",
                "Health reporter, BBC News",
                "",
                "(Bloomberg) -- Azerbaijan is ready to double gas exports.",
                "Moscow CNN \u2014 Yevgeny Prigozhin was on his way to Belarus.",
                "CNN's Tomasz Wierzbicki in London and Irina Sokolova contributed reporting.",
                "Contact Sarah Whitcomb at swhitcomb@gannett.com. Follow her on Twitter @sarahwhitcombMS.",
                "Share this article",
                "Comments",
                "",
                "Members of the Wagner Group sit atop a tank in Rostov-on-Don on June 24. Stringer/Reuters",
                "ab/sms (AP, Reuters, AFP, dpa)",
                "Most Read from Bloomberg",
                "Moscow's grip on Central Asia loosens as war in Ukraine drags on and on and on");
        assertThat(storyLines(body)).containsExactly("Azerbaijan is ready to double gas exports.",
                "Moscow Yevgeny Prigozhin was on his way to Belarus.");
    }

    @Test
    void shouldKeepAStoryLineOfNamesThatNoTimeStampFollows() {
        String body = "Marina Costa in São Paulo\nwas the first to arrive.";
        assertThat(storyLines(body)).containsExactly("Marina Costa in São Paulo", "was the first to arrive.");
    }

    @Test
    void shouldNameADatelinePlaceInItsUsualCase() {
        Furniture f = Furniture.of("NEW YORK (AP) \u2014 Stocks fell.\nST. LOUIS, Mo. - Rain.\nAlmaty (AFP) \u2013 Profit rose.");
        assertThat(f.datelines()).extracting(Furniture.Dateline::name).containsExactly("New York", "St. Louis", "Almaty");
        assertThat(f.summaryText("NEW YORK (AP) \u2014 Stocks fell.\nST. LOUIS, Mo. - Rain.\nAlmaty (AFP) \u2013 Profit rose.")
                .replaceAll(" +", " ").strip()).as("the summary reads no dateline").isEqualTo("Stocks fell.\n Rain.\n Profit rose.");
        assertThat(f.datelines().get(0).start()).isZero();
        assertThat(f.datelines().get(0).end()).isEqualTo("NEW YORK".length());
    }

    @Test
    void shouldHideTheFurnitureOfPoliticoCbcReutersAbcElPaisTheWashingtonPostCnbcNprAndTheIndependent() {
        String body = String.join("\n",
                "Press play to listen to this article",
                "Voiced by artificial intelligence.",
                "Protesters face riot police in Paris on Thursday. | Julien Marchetti/AFP via Getty Images",
                "Kaitlyn Brennan \u00b7 CBC News \u00b7 Posted: Aug 17, 2023 4:02 PM MDT | Last Updated: August 17, 2023",
                "Vehicles line up on Highway 3 as residents leave Yellowknife. (Jared Tomlin/CBC)",
                "Duration 2:14",
                "FILE PHOTO: Peru's President Pedro Castillo attends a ceremony in Lima. REUTERS/Sebasti\u00e1n Ochoa/File Photo",
                "By political reporter Jonah Fairweather",
                "Anthony Albanese speaks to the media in Canberra. (ABC News: Mitchell Aranda)",
                "Loading...",
                "Elena M\u00e1rquez Soto",
                "Madrid - Jul 24, 2023 - 00:52 CEST",
                "Updated October 16, 2023 at 3:21 p.m. EDT|Published October 16, 2023 at 6:44 a.m. EDT",
                "Comment 412",
                "Donald Tusk addresses supporters in Warsaw on Sunday night. (Piotr Zieleniewski for The Washington Post)",
                "Gabriel Ostrander",
                "@GOSTRANDER_CNBC",
                "Share Article via LinkedIn",
                "A WeWork office space in New York, Nov. 6, 2023. Marco Bellweather | Bloomberg | Getty Images",
                "Updated April 18, 2023 \u22c5 8:21 PM ET",
                "Heard on All Things Considered",
                "Lorna Whitfield",
                "4-Minute Listen",
                "Dominion's attorney Justin Nelson speaks to reporters outside the court.",
                "Gideon Farrow/Getty Images",
                "hide caption",
                "The target chamber at the National Ignition Facility (LLNL/AFP via Getty Images)",
                "Feij\u00f3o greets supporters from the balcony in Madrid on Sunday night.JAVIER ORDU\u00d1A",
                "",
                "Rowing - 11-14 August",
                "Watch out for the storm, forecasters said.",
                "Peru's Congress voted on Wednesday to remove Castillo.",
                "Sweden joined NATO.",
                "(Reporting by Luc\u00eda Paredes in Lima; Editing by Alan Crosby-Hart)",
                "With files from The Canadian Press",
                "Kowalczyk-Reed reported from Warsaw and Thorne from Berlin.",
                "Sign up for POLITICO Europe\u2019s Paris Playbook newsletter",
                "Find The Irish Times on WhatsApp and stay up to date",
                "Listen to our Inside Business podcast for a look at business",
                "Watch the third Ashes Test live on Sky Sports Cricket from 10.30am",
                "Recommended Stories",
                "Mexico's Lopez Obrador says Castillo asked for asylum",
                "What happens now the Voice has been voted down?",
                "",
                "More about",
                "Lawrence Livermore National Laboratory");
        assertThat(storyLines(body)).containsExactly("Rowing - 11-14 August", "Watch out for the storm, forecasters said.",
                "Peru's Congress voted on Wednesday to remove Castillo.", "Sweden joined NATO.");
    }

    @Test
    void shouldHideTheFurnitureOfDailyMaverickArabNewsDawnTheStraitsTimesScmpKyodoEspnYonhapAndTheHindu() {
        String body = String.join("\n",
                "Follow",
                "Musaed Al-Aiban and Wang Yi pose after the signing in Beijing on Friday. (SPA)",
                "Updated about 4 hours ago",
                "Facebook Count",
                "Imran Khan is escorted out of the court in Islamabad on Tuesday. \u2014 DawnNewsTV screengrab",
                "Ramon Villareal",
                "in Manila",
                "+ FOLLOW",
                "Why you can trust SCMP",
                "KYODO NEWS - Dec 20, 2022 - 18:55 | Business, All",
                "(ATTN: ADDS contact with Antarctic station in paras 8-9; UPDATES photos)",
                "",
                "The IMF approved the bailout on Monday.",
                "PRINT",
                "Composer M.M. Keeravaani poses with the Oscar in Hollywood. | Photo Credit: Reuters",
                "Inflation eased in February, the central bank said.",
                "REUTERS, AFP",
                "kmj@yna.co.kr",
                "(END)",
                "Keywords",
                "#Nuri #space rocket #KARI",
                "READ: Ruto signs Finance Bill into law as Azimio vows mass action",
                "SUBSCRIBE TO OUR NEWSLETTER: Get the Daily Maverick Afternoon Thing, delivered to your inbox.",
                "Comments (0)",
                "Follow AP\u2019s full coverage of the earthquake in Turkey and Syria.",
                "Published in Dawn, May 10th, 2023",
                "By registering, you agree to our T&C and Privacy Policy",
                "Stream LaLiga, Bundesliga and more on ESPN+ (U.S. only)",
                "Find BBC News: East of England on Facebook, Instagram and Twitter.",
                "Why not follow BBC North West on Facebook, Twitter and Instagram?",
                "Read also",
                "Arab League chief welcomes Saudi-Iran agreement to resume relations");
        assertThat(storyLines(body)).containsExactly("The IMF approved the bailout on Monday.",
                "Inflation eased in February, the central bank said.");
    }

    @Test
    void shouldTellFurnitureLinesFromHeadlines() {
        assertThat(Furniture.isFurnitureLine("Politics | Asia")).isTrue();
        assertThat(Furniture.isFurnitureLine("Tags: Kazakhstan, CICA")).isTrue();
        assertThat(Furniture.isFurnitureLine("By Olzhas Auyezov")).isTrue();
        assertThat(Furniture.isFurnitureLine("Kazakhstan, CICA, Kassym-Jomart Tokayev")).isTrue();
        assertThat(Furniture.isFurnitureLine("Oil, gold rise as dollar slips")).isFalse();
        assertThat(Furniture.isFurnitureLine("Kazakhstan hosts Asian leaders as Tokayev calls for security pact")).isFalse();
        assertThat(Furniture.isFurnitureLine("By the numbers: how the storm hit the coast")).isFalse();
        assertThat(Furniture.isFurnitureLine("NATO leaders meet in Madrid")).isFalse();
        assertThat(Furniture.isFurnitureLine("News|Courts")).isTrue();
        assertThat(Furniture.isFurnitureLine("By Aida Sultanbekova | 13 March 2025")).isTrue();
        assertThat(Furniture.isFurnitureLine("By Aibarshyn Akhmetkali in Nation on 14 October 2025")).isTrue();
        assertThat(Furniture.isFurnitureLine("By Monday the river in York had risen by two metres.")).isFalse();
        assertThat(Furniture.isFurnitureLine("Reporting by the BBC found that waiting lists grew.")).isFalse();
    }

    /** The story's non-empty lines, furniture blanked out and runs of spaces made one. */
    private static java.util.List<String> storyLines(String body) {
        return Furniture.of(body).storyText(body).lines().map(l -> l.replaceAll("\\s+", " ").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static String blankedFrom(String line, int from) {
        return line.substring(0, from) + " ".repeat(line.length() - from);
    }

    @Test
    void shouldGetThroughALineOfAnyLengthWithoutOverflowingTheStack() {
        String words = "abcde ".repeat(70_000) + "\n" + "Abcde ".repeat(70_000);
        assertThat(Furniture.of(words).hidden()).as("a 420,000-character line of words is story, read without a stack overflow").isEmpty();
    }

    @Test
    void shouldHideTheSixthSetsOutletFurnitureButKeepTheStory() {
        String body = String.join("\n",
                "by Oksana Dovzhenko-Lys",
                "By Tomasz Wierzbicki-Lorenz | EURACTIV.com with Reuters",
                "Beyza Arslantürk-Demir   |28.06.2022 - Update : 29.06.2022",
                "Languages: Français | Deutsch",
                "Tweet",
                "Telegram",
                "Link Copied",
                "Listen in Arabic",
                "Mercosur presidents pose for the family photo on Tuesday. | Foto:NA / Julián Berretta-Soto",
                "MOSCOW, July 4. /TASS/. Russian President Vladimir Putin thanked the leaders of the SCO.",
                "Read also: Zelensky meets Biden in Washington as aid package stalls in Congress",
                "Leaders met in Prague on Thursday.",
                "",
                "Some information for this report came from The Associated Press, Reuters and Agence France-Presse.",
                "With reporting by AFP, Reuters, and dpa",
                "with AFP",
                "– TIMES/AFP/NA",
                "[Edited by Sofia Marangoni-Reid]",
                "Natalie Whitcombe is a freelance journalist covering Central Asia and the Caucasus.",
                "Enjoying this article? Click here to subscribe for full access.",
                "",
                "Tags",
                "Shanghai Cooperation Organization",
                "Vladimir Putin",
                "",
                "Read more with EURACTIV",
                "EU leaders agree to deploy monitors on Armenia-Azerbaijan border");
        assertThat(storyLines(body)).containsExactly("MOSCOW Russian President Vladimir Putin thanked the leaders of the SCO.",
                "Leaders met in Prague on Thursday.");
        assertThat(Furniture.of(body).datelines()).extracting(Furniture.Dateline::name).containsExactly("Moscow");
        assertThat(Furniture.isFurnitureLine("LATIN AMERICA | Today 18:02")).as("a section and a time stamp").isTrue();
        assertThat(storyLines("Finnish President Sauli Niinisto met Erdogan in Madrid. ( Turkish Presidency / Kerem Sahinoglu-Tas - "
                + "Anadolu Agency )\nThe talks went on.")).containsExactly("The talks went on.");
        assertThat(Furniture.isFurnitureLine("Alsu Kurmasheva is a freelance journalist who was detained in Kazan in June."))
                .as("a story's sentence about a journalist").isFalse();
    }

    @Test
    void shouldHideTheSeventhSetsOutletFurnitureButKeepTheStory() {
        String body = String.join("\n",
                "Harriet Callow-Stead, Technology and Telecoms Correspondent",
                "Wednesday June 14 2023, 12.01pm, The Times",
                "Dana Whitlock-Osei @dwhitlockosei / 10:37 AM PST \u2022 November 20, 2023",
                "Updated on: March 3, 2023 / 12:41 AM EST / CBS News",
                "Published on September 10, 2023, at 6:52 pm (Paris), updated at 9:31 pm",
                "Evelyn Thornbury-Ash",
                "Marcus Oduya-Kent",
                "TORONTO",
                "PUBLISHED APRIL 17, 2024",
                "Share full article",
                "Larger text size",
                "Alex Murdaugh found guilty in murders of wife and son 03:12",
                "An artist's impression of SLIM on the Moon. Credit: JAXA",
                "The lander touched down on Friday.",
                "",
                "With a report from The Canadian Press",
                "Le Monde with AFP",
                "Lachlan Fairweather-Bligh is a senior sports writer for The Sydney Morning Herald and The Age.",
                "SEE ALSO: Where will Sweden host Eurovision 2024? Here are the cities in the running",
                "Read more about the OpenAI saga on TechCrunch",
                "doi: https://doi.org/10.1038/d41586-024-00183-7",
                "Categories: Economy, Brazil.",
                "",
                "In:",
                "Murder",
                "South Carolina");
        assertThat(storyLines(body)).containsExactly("TORONTO", "The lander touched down on Friday.");
        assertThat(Furniture.isFurnitureLine("Evan Gershkovich was a reporter in Moscow when he was detained."))
                .as("a story's sentence about a reporter").isFalse();
    }

    @Test
    void shouldHideTheEighthSetsOutletFurnitureButKeepTheStory() {
        String body = String.join("\n",
                "Tamar Gelashvili-Frost   May 28, 2024",
                "June 3, 2024, 2:06 AM EDT / Updated June 3, 2024, 11:41 AM EDT",
                "Share & Save \u2014",
                "Facebook Twitter Email Print Whatsapp",
                "Sports reporter\u00b7NZ Herald\u00b7",
                "4 mins to read",
                "Reading Time: 3 mins read",
                "Parliament voted on Tuesday.",
                "",
                "Editor: Liu Yuxin",
                "Enditem",
                "Reuters and The Associated Press contributed.",
                "Daniela Ortega-Whitman",
                "Kevin Strand-Moreno",
                "",
                "Tamar Gelashvili-Frost is a journalist based in Tbilisi.",
                "Thandeka Mokoena-Price is a health reporter at the Mail & Guardian.",
                "Support Kyiv Post's independent journalism. Become a member.",
                "Join our Telegram channel \u2014 Kyiv Post Official",
                "Get Breaking News Alerts From Gulf News",
                "THE JAPAN TIMES LTD. ALL RIGHTS RESERVED.",
                "Independent.ie",
                "",
                "More News",
                "Naira weakens further at official window");
        assertThat(storyLines(body)).containsExactly("Parliament voted on Tuesday.");
    }

    @Test
    void shouldHideTheTenthSetsMenusCommentBoxesAndAgencyLinesButKeepTheStory() {
        String body = String.join("\n",
                "Formula 1  |  Abu Dhabi GP  |  Race report",
                "FINANCE \u00b7 NETFLIX",
                "By: Callum Whitlow-Barnes, Grand Prix Editor",
                "Co-author: Pietro Sandrelli-Vance",
                "Murray Kessel-Dunne",
                "(AAP)",
                "Share on Facebook   Share on Twitter   Email   Copy link",
                "RHODRI PENHALIGON-KAYE @RPenhaligonLL",
                "Synopsis",
                "Nadal won the final on Sunday.",
                "Also Read: Govt cuts wheat output estimate by 5.7% to 105 MT on heatwave",
                "Medvedev, the world No. 2, lost.",
                "",
                "(With inputs from agencies)",
                "dpa kes yyzz n1 hcb",
                "PA",
                "View comments",
                "Share or comment on this article:",
                "Comments 2,417",
                "Newest  Oldest  Best rated  Worst rated",
                "Published by Associated Newspapers Ltd",
                "Part of the Daily Mail, The Mail on Sunday & Metro Media Group",
                "Share this article on Facebook",
                "Trending on Billboard",
                "Get weekly rundowns straight to your inbox",
                "A message from the Editor:",
                "About the Authors   Reprints",
                "Latest news",
                "Barty ends 44-year wait for home champion at Melbourne Park");
        assertThat(storyLines(body)).containsExactly("Nadal won the final on Sunday.", "Medvedev, the world No. 2, lost.");
    }

    @Test
    void shouldHideTheEleventhSetsListsDisclaimersAndStampedBylinesButKeepTheStory() {
        String body = String.join("\n",
                "AFRICA: Top Headlines | Coronavirus | Elections | Sustainable Development | Sport",
                "allAfrica.com (Washington, DC)",
                "By Harriet Oyelaran-Voss published July 1, 2023",
                "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
                "Oct. 15 (UPI) -- Businessman Daniel Noboa won Ecuador's presidential runoff on Sunday.",
                "Noboa will take office in November.",
                "",
                "Get the Space.com Newsletter",
                "Thank you for donating to DutchNews.nl.",
                "Make a donation",
                "Category: Politics",
                "Read the original article on allAfrica.com.",
                "",
                "Latest Headlines",
                "Peru declares state of emergency in Lima over crime wave",
                "",
                "Related videos",
                "Highlights: Germany stun USA in World Cup semi-final",
                "",
                "More From: allAfrica.com",
                "Senegal: Sonko Sentenced to Two Years, Unrest Spreads");
        assertThat(storyLines(body)).containsExactly(
                "Businessman Daniel Noboa won Ecuador's presidential runoff on Sunday.", "Noboa will take office in November.");
    }

    @Test
    void shouldHideTheTwelfthSetsDatelinesFootersAndNotesButKeepTheStory() {
        String body = String.join("\n",
                "Politics  29 June 2022 18:47 (UTC +04:00)",
                "by Maeve Oyelowo-Grant - 12/15/22 2:31 PM ET",
                "Written by Callum Ashdown-Rees",
                "by Marguerite Okonkwo-Lang, Phys.org",
                "NUR-SULTAN. KAZINFORM \u2013 Tokayev held talks with Xi.",
                "BAKU, Azerbaijan, June 29. By Lamiya Rzayeva-Holt \u2013 Aliyev took part in the summit.",
                "Follow Trend on Telegram, Twitter and Facebook",
                "To contact the author, email nstroud@rigzone.com",
                "Generated by readers, the comments included herein do not reflect the views and opinions of Rigzone.",
                "More information: NASA DART mission page",
                "Provided by NASA",
                "Feedback to editors",
                "share this!",
                "THE HILL  1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX");
        Furniture f = Furniture.of(body);
        assertThat(storyLines(body)).containsExactly("NUR-SULTAN Tokayev held talks with Xi.",
                "BAKU Aliyev took part in the summit.");
        assertThat(f.datelines()).extracting(Furniture.Dateline::name).containsExactly("Nur-Sultan", "Baku");
    }

    @Test
    void shouldHideTheThirteenthSetsCreditsNotesAndOffersButKeepTheStory() {
        String body = String.join("\n",
                "19:58 / 19.05.2023   \ud83d\udc41 11,752",
                "Xi Jinping announces 26 billion yuan in financing for the region",
                "Leaders of China and the Central Asian states pose for a group photo before the summit on 19 May.",
                "Photo: Press service of the President of Uzbekistan",
                "Uzbek President Shavkat Mirziyoyev called for the railway to begin this year.",
                "READ | Who's who in the GNU: the parties that signed the statement of intent",
                "Reporter: Wulan Pratiwi-Harlow, Bayu Setiawan-Crane",
                "Related news: Ganjar-Mahfud camp to file dispute with Constitutional Court",
                "(Photo source: Inquam Photos/Mircea Dobrescu-Hale)",
                "By Football Italia staff",
                "by Nathaniel Quarrie-Lund \u2014 June 25, 2024",
                "Total Views: 148,207",
                "Follow Kun.uz on Telegram and Instagram for the latest news.",
                "Get the biggest daily news stories by email",
                "Romania Insider Free Newsletters",
                "Results powered by FirstCycling",
                "Cyclingnews is part of Future plc, an international media group and leading digital publisher.",
                "Nathaniel Quarrie-Lund is a Beijing-based journalist covering China's space programs.",
                "Join the gCaptain Club for curated content, insider opinions, and vibrant community discussions.",
                "Our journalism is free for everyone. If you value independent reporting, become a member today.",
                "Read More About:",
                "Bernard Arnault, Christian Dior, Louis Vuitton, LVMH, Sephora, Tiffany & Co.",
                "",
                "Crimea is part of Ukraine.",
                "Substack launches a paid newsletter");
        assertThat(storyLines(body)).containsExactly("Xi Jinping announces 26 billion yuan in financing for the region",
                "Uzbek President Shavkat Mirziyoyev called for the railway to begin this year.", "Crimea is part of Ukraine.",
                "Substack launches a paid newsletter");
    }

    @Test
    void shouldHideTheFourteenthSetsBarsOffersAndBylinesButKeepTheStory() {
        String body = String.join("\n",
                "29 November 2022",
                "Aidana Zhumabekova-Price",
                "Lt Gen Syed Asim Munir (left) and Lt Gen Sahir Shamshad Mirza. \u2014 ISPR/File",
                "Election officials count ballots at a counting centre last week. Post File Photo",
                "Nikita Samoylenko-Berg / TASS / Scanpix / LETA",
                "Share:  Facebook  Twitter  WhatsApp  Email",
                "Russian President Vladimir Putin has proposed a gas union.",
                "Support HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |",
                "Join hundreds of Middle East professionals with Al-Monitor PRO.",
                "Help us keep OC Media independent. Become a member today.",
                "We're an independent newsroom, and we rely on readers like you. Please help us keep going.",
                "Safeguard press freedom; keep HKFP free for all readers by supporting our team.",
                "Catch all the Corporate news and Updates on Live Mint.",
                "Subscribe to Wisden Cricket Monthly and get every issue delivered to your door.",
                "Subscribe to Mint Newsletters",
                "Story by Meduza",
                "Support Meduza",
                "Next Story >>",
                "By Elaine Harwood-Singh for Oilprice.com",
                "More Top Reads From Oilprice.com:",
                "- Oil Prices Climb As China Eases COVID Restrictions",
                "",
                "Most Popular",
                "Central Bank cuts policy rate to 10.5 percent",
                "",
                "Back to homepage",
                "Leave a comment",
                "Support for the deal grew.",
                "Join the queue at the border, officials said.");
        assertThat(storyLines(body)).containsExactly("Russian President Vladimir Putin has proposed a gas union.",
                "Support for the deal grew.", "Join the queue at the border, officials said.");
    }

    @Test
    void shouldHideTheNinthAndTwelfthSetsBylinesAndCreditsButKeepTheStory() {
        String body = String.join("\n",
                "Ratna Wibisono-Hart and Aditya Lestari-Moss (The Jakarta Post)",
                "PREMIUM",
                "Nusa Dua, Bali \u25cf Wed, November 16, 2022",
                "Avatar: Elliot Marchbanks-Quist",
                "Elliot Marchbanks-Quist",
                "Group of 20 leaders wrapped up their summit in Bali on Wednesday.",
                "",
                "Liz Truss makes her resignation statement on Thursday (Rowan Ellery-Marsh/PA) / PA Wire",
                "",
                "Judges deliver the ruling in Nairobi. [Jonah Mwangi-Fairbanks, Standard]",
                "",
                "Shannon Vreeland-Ochoa\u2014Bloomberg/Getty Images",
                "",
                "Harriet Oyelaran-Voss is a staff writer at Space.com covering spaceflight and astronomy.",
                "Juliet Ashdown-Pryce is a senior writer for The Athletic covering women's football. Follow Juliet on Twitter @jashdownpryce",
                "",
                "Joko Widodo (Jokowi) spoke.",
                "Elliot Marchbanks-Quist",
                "",
                "Related",
                "Georgia: Tens of thousands march against \"Russian law\"",
                "Armenia: Pashinyan says country is \"freezing\" participation in CSTO");
        assertThat(storyLines(body)).containsExactly("Group of 20 leaders wrapped up their summit in Bali on Wednesday.",
                "Joko Widodo (Jokowi) spoke.", "Elliot Marchbanks-Quist");
        assertThat(Furniture.isFurnitureLine("Jul 15, 2022 - World")).as("a time stamp and a section").isTrue();
        assertThat(Furniture.isFurnitureLine("Truss resigns - Politics")).isFalse();
    }

    @Test
    void shouldHideTheLeadCaptionOverItsCreditOnlyAboveTheStory() {
        String lead = String.join("\n",
                "The containership Dali rests against the wreckage on Tuesday. Photo courtesy Maryland Transportation Authority",
                "The ship lost power.",
                "",
                "Officials met on Tuesday.",
                "Photo: Reuters");
        assertThat(storyLines(lead)).containsExactly("The ship lost power.", "Officials met on Tuesday.");
    }

    @Test
    void shouldTellAPagesMenuFromAStoryLineWithWideSpaces() {
        assertThat(Furniture.isFurnitureLine("Home | News | U.K. | Sport | TV&Showbiz | Femail | Money | Travel")).isTrue();
        assertThat(Furniture.isFurnitureLine("Health   Pharma   Biotech   Policy   Science   STAT+   Events")).isTrue();
        assertThat(Furniture.isFurnitureLine("Coleen Rooney   Rebekah Vardy   Courts   Celebrity")).isTrue();
        assertThat(Furniture.isFurnitureLine("He left.  She stayed.  They went home.")).isFalse();
        assertThat(Furniture.isFurnitureLine("Colum Boyle -  Department for Communities")).isFalse();
        assertThat(Furniture.isFurnitureLine("Nadal beat Medvedev  in five sets  to win a record 21st major title")).isFalse();
    }

    @Test
    void shouldHideTheFurnitureOfMorePagesAndKeepTheirStory() {
        String body = String.join("\n",
                "By Rupert Hallworth-Dean, Political Editor and Imogen Carrow-Platt, Deputy Political Editor",
                "By Korto Gbessay-Wright, korto.gbessay@example.com",
                "By In\u00eas Carvalhal-Boyd, in News \u00b7 09 Nov 2023, 22:14 \u00b7 0 Comments",
                "Bruno Teixeira-Lowell",
                "Rio de Janeiro",
                "Updated 22/11/2023 - 04:12 CET",
                "Enlarge / The booster lifts off from Starbase on Saturday morning.",
                "The chief executive said the company was working to find the cause.  Hollis Pemberton-Ng",
                "The rocket reached space on its second flight.",
                "Fans clashed with police before the match. AFP",
                "TPN/Lusa",
                "Share this:",
                "Click to share on Facebook (Opens in new window)",
                "Like Loading...",
                "READER COMMENTS 214",
                "Must Read Stories",
                "",
                "Emmys Set New January Date After Strike Delays",
                "",
                "Tess Marchbank-Ellery is the technology editor. Connect with Tess on Twitter. Email Tess at tm@example.com",
                "Owen Kettering-Rao is a senior reporter covering telecommunications. Email Owen at ok@example.com",
                "Callum covers Colorado politics and the courts for The Denver Post.",
                "Originally Published: November 17, 2023 at 6:12 p.m.",
                "Get more Colorado news by signing up for our Mile High Roundup email newsletter.");
        assertThat(storyLines(body)).containsExactly("Rio de Janeiro", "The rocket reached space on its second flight.");
        assertThat(Furniture.isFurnitureLine("By the time President Biden arrived, the crowd had gone.")).isFalse();
        assertThat(Furniture.isFurnitureLine("Smith is the editor of the paper that broke the story.")).isFalse();
        String axios = "The big picture: On Saturday Biden attends the summit with Egypt, Jordan and Iraq.";
        assertThat(Furniture.of(axios).storyText(axios)).as("Axios's label is no picture credit").isEqualTo(axios);
    }

    @Test
    void shouldHideDaryosStampAuthorAndViewCountLineChannelAndHighlightsOffersAndARightsNotice() {
        String body = String.join("\n",
                "01.05.2023 / 13:06   |   Author: Shahzoda Rakhimova-Byrne   |   Views: 21,408",
                "Uzbekistan's Central Election Commission announced the results on Monday.",
                "Join Daryo's Telegram channel for the latest news from Uzbekistan and Central Asia",
                "Author: Jane Doe-Smith",
                "share   tweet   email",
                "First broadcast in 'NSB World Tonight', 27.10.2024, 22:00 CET",
                "View this email in your browser  |  Add us to your address book",
                "EDS: Adds Ukrainian Foreign Ministry reaction in para 8.",
                "Share this live blog:   WhatsApp   X   Facebook   LinkedIn   Copy link",
                "Share:  Telegram  \u00b7  Facebook  \u00b7  OK  \u00b7  E-mail",
                "Courier Web Desk  |  Live blog curated by Anisha Rao-Mehtani",
                "Words by Gayane Ter-Grigoryan-Voss   \u2022   23 February 2024   \u2022   6 min",
                "From the issue of 21 September 2024  \u00b7  6 min read  \u00b7  \ud83d\udd0a Listen (narrated)  \u00b7  \u2934 Share",
                "Production credits:  Reporter \u2014 Ketevan Maisuradze-Holm \u00b7 Camera \u2014 Ilkka Vornanen",
                "About the author: Dr Ilya Marchenko-Oyelaran is a non-resident fellow.",
                "The views expressed in this brief are the author's own.",
                "Printed in the 8 October 2024 edition of Meridian Business Daily, page 1",
                "Yerevan Dispatch is published by Dispatch Media Foundation. Republishing is free.",
                "Suggested citation: Marchenko-Oyelaran, I. (2024) 'Across the Caspian', Caspian Crossroads Institute.",
                "You may have missed",
                "\u2192 Zvartnots border guards: what Yerevan can and cannot change",
                "Steppe Signal is written by Malika Rahimova-Shaw in Tashkent and edited by Dominic Ashworth-Fenn in London.",
                "You're receiving this because you signed up at steppesignal.news. Update your preferences  |  Unsubscribe",
                "Our mailing address is: Steppe Signal, PO Box 1187, London, United Kingdom",
                "TRIBUNE WORLD DESK",
                "Published 27.05.2024  \u00b7  21:15 (GMT+5)  \u00b7  English desk  \u00b7  Reading time: 4 min",
                "Watch Wimbledon highlights on Tennis Channel+",
                "All information posted on this site is intended for private use only. Reproduction or distribution of this "
                        + "information without written permission of Interfax is prohibited.");
        assertThat(storyLines(body)).containsExactly("Uzbekistan's Central Election Commission announced the results on Monday.");
        assertThat(Furniture.isFurnitureLine("The author: a man who views the world darkly | 2023")).isFalse();
        assertThat(Furniture.isFurnitureLine("Share this with friends who care about Asia")).isFalse();
        String caption = "The image \u2014 taken by Armen Petrosyan \u2014 spread.\n"
                + "Photograph \u2014 Nikol Pashinyan at a government session. Lens: Areg Sahakyan-Holt for Yerevan Dispatch\n"
                + "Figure: The shore of the lake.  Source: MBD / Arman Kuanyshev";
        assertThat(Furniture.of(caption).storyText(caption)).doesNotContain("Pashinyan", "Sahakyan", "shore", "Kuanyshev")
                .contains("Armen Petrosyan");
    }

    @Test
    void shouldTakeLiveBlogBylinesStaffLinesAddressesProgrammeLinesAsFurniture() {
        assertThat(Furniture.isFurnitureLine("Live blog by Askar Nurlanuly-Webb (now) and Tamara Lindqvist-Orazova (earlier)")).isTrue();
        assertThat(Furniture.isFurnitureLine("Hannah Okafor-Lyle, editor  \u00b7  Tom Brennagh-Cole, markets")).isTrue();
        assertThat(Furniture.isFurnitureLine("The Yellowcake Brief, 14 Fenwick Lane, London EC3")).isTrue();
        assertThat(Furniture.isFurnitureLine("\u25b6 Listen \u00b7 4:02   From the programme Asia This Morning")).isTrue();
        // Story lines stay: a sentence naming a street, a list of people with their roles in a sentence.
        assertThat(Furniture.isFurnitureLine("Protesters gathered at 14 Fenwick Lane, the company's London office, on Monday.")).isFalse();
        assertThat(Furniture.isFurnitureLine("Hannah Okafor-Lyle, the editor, said the newsletter would go on.")).isFalse();
    }

    @Test
    void shouldTakeADatabaseRecordsFieldsAMailingListsHeadersAndACorrespondentsLineForFurniture() {
        assertThat(List.of("SECTION: International News", "LENGTH: 503 words", "BYLINE: By Ofra Talmi-Brandeis",
                "DATELINE: JERUSALEM", "Service: AEP English Africa wire", "Subject: CAUCNET Digest V2 #214",
                "From: caucnet-request@lists.example.org", "Date: Thu, 19 Dec 1996 21:14:33 -0500 (EST)",
                "From Imogen Fairlie-Baptiste in New York", "From the print edition of Thursday, 19 December 1996, page 14",
                "You are viewing an archived article.  Archive > 1996 > December > 19 > World",
                "Football > Europe > Spain > Primera Division 1996-97 > Round 19",
                "The Turtle Bay Memo, 305 East 46th Street, New York, NY 10017",
                "Republish this article: Vistula Post articles may be republished free of charge with a link to the original.",
                "Danube Radio International is not responsible for the content of external sites. (c) Danube Radio International"))
                .allSatisfy(line -> assertThat(Furniture.isFurnitureLine(line)).as(line).isTrue());
        assertThat(Furniture.isFurnitureLine("From Moscow to Beijing, leaders met on Thursday.")).isFalse();
        assertThat(Furniture.isFurnitureLine("The Memo moved to 305 East 46th Street, New York, last year, its editor said.")).isFalse();
    }

    @Test
    void shouldEndTheStoryAtAReleasesEndMark() {
        String body = "The Council of Europe expelled Russia on Wednesday.\n\n###\n\nPress contact: Directorate of "
                + "Communications, Council of Europe. Tel. +33 3 88 41 25 60\nAbout Agora Press Hub: it distributes releases.";
        String story = Furniture.of(body).storyText(body);

        assertThat(story).contains("expelled Russia").doesNotContain("Press contact", "Agora", "Tel.");
    }
}
