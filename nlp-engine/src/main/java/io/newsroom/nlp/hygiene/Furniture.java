package io.newsroom.nlp.hygiene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a body that are page furniture, not story: photo credits and captions, bylines, tag and section lines,
 * and the dateline ("FRANKFURT, Oct 13 (Reuters) -"). Nothing in furniture is an entity or a keyword, except the
 * dateline's place, which is a location named in its usual case ("Frankfurt", not "FRANKFURT").
 *
 * @param hidden   char ranges [start, end) of the body that are furniture
 * @param datelines the place of each dateline found
 */
public record Furniture(List<Range> hidden, List<Dateline> datelines) {

    /** A char range [start, end) of the body. */
    public record Range(int start, int end) {
        boolean overlaps(int s, int e) {
            return s < end && e > start;
        }
    }

    /** A dateline's place: its range in the body and its name in the usual case. */
    public record Dateline(int start, int end, String name) {
    }

    static final int MAX_SHORT_LINE = 80;
    /** Longer than any page control or offer {@link #PAGE_CONTROL} matches whole. */
    private static final int MAX_CONTROL_LINE = 200;

    /** A whole line of credit, caption, tag list or section path. */
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "(?i)^\\s*\\(?(?:(?:photo(?:graph)?s?|pictures?|images?|caption|credits?|video|tags|topics|related(?: topics| news| stories| articles| posts)?|keywords|reporters?|disclaimer|read more on|(?:total )?views|languages?|categor(?:y|ies)|see more on|doi|editor|reading time|"
                    + "filed under|avatar|more on this story|more information|section|source|watch|co-?authors?|issuer|distributed|release id|(?:photo|image|picture) (?:credits?|sources?)|production credits|suggested citation|cite as|about the authors?|"
                    // A news database's or archive's labelled fields ("SECTION: International News", "LENGTH: 503 words",
                    // "BYLINE: By …", "DATELINE: JERUSALEM", "Service: … wire", "Transmitted: …", "Subject: … Digest").
                    + "length|byline|dateline|load-date|publication-type|document-type|transmitted|service|record|archive|subject|"
                    + "from|to|cc|reply-to|date)\\s*[:|]" // an e-mail's header, as a mailing list's digest pastes it
                    + "|(?:image|media|video) (?:source|caption|copyright)\\s*[:|,]|\\d{1,2}:\\d{2}\\s*[-\u2013]\\s*source\\s*:)");
    /**
     * A line a page or wire labels as no story: "READ: Ruto signs …", "READ ALSO: …", an agency's note to editors
     * "(ATTN: ADDS contact …)", "(LEAD)", a wire's header lines ("SLUG: MONGOLIA-RUSSIA/PUTIN (2ND LEAD)", "PRIORITY:
     * 2"), a line of hashtags "#Nuri #space rocket", a caption under its "Enlarge /" button.
     */
    private static final Pattern NOTE_LINE = Pattern.compile(
            "^(?:READ(?: ALSO| MORE)?(?::|\\s\\|)\\s|Read (?:also|more):\\s|(?:Also|ALSO) (?:Read|READ):\\s|(?:SEE ALSO|See also):\\s|\\((?:ATTN|EDS|CORRECTS|UPDATES|ADDS|RECASTS|REFILE)\\b|(?:EDS|ATTN|EDITORS):\\s|(?:SLUG|PRIORITY|KEYWORDS?|WORD COUNT|EMBARGO(?:ED)?(?: UNTIL)?):\\s|#\\S|Enlarge / )");
    /** A page's controls, alone on a line: "Share this article", "Comments", "Video Ad Feedback", "Advertisement". */
    private static final Pattern PAGE_CONTROL = Pattern.compile(
            "(?i)^(?:share(?: this)?(?: article| story| page)?|comments?|(?:video )?ad feedback|advertisement|"
                    + "skip advertisement|listen to (?:this )?article|follow us|sign up|subscribe|copy link|gift (?:this )?article|"
                    + "loading\\.*|comments? \\d+|\\d+ comments?|key points|in short:|watch now|video\\s*\\d{1,2}:\\d{2}|"
                    + "duration\\s*\\d{1,2}:\\d{2}|\\d+[- ]min(?:ute)?s? (?:listen|read)|playlist|download|embed|transcript|"
                    + "(?:hide|toggle) caption|sponsor message|facebook|twitter|flipboard|e-?mail|linkedin|whatsapp|reddit|print|"
                    + "tweet|telegram|pinterest|link copied|listen|in english|listen in \\p{L}{2,20}|powered by automated translation|"
                    + "go to video|note from the author:?|support us|save|share full article|(?:normal|larger|very large) text size|"
                    + "license this article|watch [\\p{L} ]{1,25}|please log ?in to listen to this article|open this photo in gallery:?|"
                    + "sign up explore newsletters|report an? (?:editorial|technical) (?:error|issue)|editorial code of conduct|"
                    + "download pdf|you have full access to this article via your institution\\.?|member comments|"
                    + "you are viewing an archived (?:article|page|story)\\.?[^\\n]{0,80}|from the (?:print|online) (?:edition|issue) of [^\\n]{0,60}|"
                    + "become a member to leave a comment\\.?|or log ?in here\\.?|comments are subject to our community guidelines[^\\n]{0,80}|"
                    + "disclaimer & comment rules|commenting for this story is now closed\\.?|found a mistake in this article\\??|"
                    + "report it to us\\.?|thank you for your report!?|lire en fran[c\u00e7]ais|time to read \\d{1,2} min\\.?|newsletters?|"
                    + "enditem|bookmark|highlights|view comments|share or comment on this article:?|share what you think|comments [\\d,]{1,9}|"
                    + "synopsis|\\.{3}\\s?more|\u2026\\s?more|reprints|trending on [\\p{L} ]{1,30}|share & save\\W{0,3}|listen duration [\\d\u2032\u2033'\" ]{2,12}|\\d{1,2} mins? to read|"
                    + "(?:share:?\\s+)?(?:(?:x|facebook|twitter|tweet|email|e-mail|print|whatsapp|linkedin|telegram|reddit)\\s+){1,7}"
                    + "(?:x|facebook|twitter|tweet|email|e-mail|print|whatsapp|linkedin|telegram|reddit)|[\\p{L}-]{2,30}\\.(?:com|ie|co\\.uk|org|net)(?: \\([\\p{L}, ]{2,30}\\))?|"
                    + "go deeper|full article \\d{1,4} comments?|[^.!?\\n]{5,100} \\d{1,2}:\\d{2}|this was published \\d{1,2} (?:year|month|week|day)s? ago|trending news|"
                    + "share (?:this )?(?:article |story )?(?:via|on) [\\p{L}]+|press play to listen to this article|voiced by artificial intelligence\\.?|"
                    + "this (?:article|story) has been updated\\.?|popular on [\\p{L} ]{1,30}|heard on [\\p{L}' ]{1,40}|"
                    + "please use [\\p{L} ]{1,20} browser for a more accessible video player|\\+?\\s?follow|read later|save more|gallery|"
                    + "comments? \\(\\d+\\)|comments? - please log ?in[\\p{L} ]{0,40}\\.?|facebook count|twitter share|why you can trust [\\p{L} ]{1,20}|"
                    + "\\(end\\)|share this!?|share via|(?:next|previous) (?:story|article|post)\\s*[>\u00bb]{0,2}|back to (?:the )?homepage|"
                    + "leave a comment|join our community|support [\\p{L}.]{2,30}|premium|share this:|like this:|like loading\\.{0,3}|"
                    + "click to (?:share|email|print)[^\\n]{0,60}|gift (?:this )?article free|license (?:this )?article|explore [\\p{L}.]{2,20}|"
                    + "(?:reader |member )?comments \\d+|channel \\p{Lu}[\\p{L} ]{1,30}|"
                    + "feedback to editors|explore further|(?:results |data )?powered by [\\p{L}.' ]{2,30}|[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,4})$");
    /**
     * A page's offers around the story, at the start of a line: "Sign up for POLITICO Europe's Paris Playbook
     * newsletter", "Find The Irish Times on WhatsApp", "Listen to our Inside Business podcast …", "Join our commenting
     * forum", "Watch the third Ashes Test … live on Sky Sports Cricket".
     */
    private static final Pattern PROMO = Pattern.compile(
            "(?i)^(?:sign up (?:for|to)\\b|find (?:the )?[\\p{L}:' ]{1,50} on (?:whatsapp|twitter|facebook|instagram|telegram|linkedin|youtube|tiktok)\\b"
                    + "|listen to (?:our|the) [\\p{L}' ]{1,60} podcast\\b|i would like to be emailed\\b|join (?:our|the) commenting forum"
                    + "|join thought-provoking conversations\\b|watch [^\\n]{0,80}\\b(?:live|highlights|replays?) on \\p{Lu}|(?:why not )?follow (?:us|[\\p{L}:&'. ]{1,40}) on "
                    + "(?:twitter|facebook|instagram|x|youtube|tiktok|telegram|whatsapp|linkedin)\\b|download (?:our|the) [\\p{L} ]{1,30} app\\b|subscribe to (?:our|the) newsletter\\b"
                    + "|follow [\\p{L}'\u2019 ]{1,30} (?:full )?coverage\\b|stream [^\\n]{0,60} on \\p{Lu}|by registering, you agree\\b"
                    + "|published in \\p{Lu}[\\p{L} ]{1,30}, |read more (?:with|on|at|from) \\S|read more (?:about|subscribers only)\\b|enjoying this article\\?|become a member of\\b"
                    + "|subscribe to our newsletters\\b|if you have a facebook account\\b|by submitting your email\\b|start your day with\\b"
                    + "|an essential round-up of\\b|log in, register or subscribe\\b|every weekday(?: and \\p{L}+)?,? (?:receive|you can get)\\b"
                    + "|get the industry's biggest\\b|support [\\p{L}'\u2019 ]{1,40}(?:journalism|reporting)\\b|good journalism costs\\b"
                    + "|advert:|join (?:our|[\\p{L}.-]{2,30}['\u2019]s) (?:telegram|whatsapp) channel\\b|get (?:the )?[\\p{L}]{2,20} app\\b|get (?:the )?breaking news alerts\\b"
                    + "|get whatsapp alerts\\b|get a head start\\b|get bite-sized news\\b|subscribe to (?:the )?[\\p{L}&' ]{1,30} newsletters?\\b"
                    + "|advertise with\\b|subscribe to premium\\b|get the best of the\\b|read a summary of this article\\b|click here to return\\b"
                    + "|join our channel\\b|this audio is generated\\b|the [\\p{L}& ]{1,30} is a member of the press council\\b"
                    + "|get the morning rundown\\b|get [\\p{L} ]{1,40} (?:straight )?to your inbox\\b|a message from the editor\\b"
                    + "|want to join the conversation\\?|when you (?:purchase|buy|shop) through links\\b|get the [\\p{L}.' ]{1,30} newsletter\\b"
                    + "|thank you for donating to\\b|make a donation\\b|read the original article on\\b|to contact the author\\b"
                    + "|generated by readers, the comments\\b|get [^\\n]{2,60} (?:by email|in your inbox|delivered to your inbox)\\b"
                    + "|join the [\\p{L}' ]{1,30} (?:club|community)\\b|our journalism is (?:free|funded|independent)\\b|unlock exclusive\\b"
                    + "|join (?:hundreds|thousands|millions) of\\b|help us keep [\\p{L}.' ]{1,40} (?:independent|free|going)\\b|become a member today\\b"
                    + "|we(?:'re|\u2019re| are) an independent newsroom\\b|safeguard press freedom\\b|keep [\\p{L}]{2,20} free for all readers\\b"
                    + "|catch all the [\\p{L} ]{1,40} (?:news|updates)\\b|subscribe to [\\p{L}&' ]{1,40} and get\\b"
                    + "|subscribe to [\\p{L}&' ]{1,40} alerts\\b|don[\u2019']?t miss the big stories\\b|like us on (?:facebook|instagram)\\b"
                    + "|get more [\\p{L}' ]{1,40} by signing up\\b"
                    + "|all (?:information|materials?|content) (?:posted|published) on this (?:site|website)\\b"
                    + "|first (?:broadcast|aired|shown) (?:in|on)\\b|view this (?:email|e-mail|newsletter) in your browser\\b"
                    + "|the views expressed (?:in this|here|are)\\b|printed in the [^\\n]{1,40} edition of\\b|[\\p{L}.' ]{1,40} is published by [^\\n.]{1,60}\\."
                    + "|[\\p{L}.' ]{1,40} is written by \\p{L}|you(?:'re|\u2019re| are) receiving this\\b|our mailing address is\\b|unsubscribe\\b"
                    + "|update your preferences\\b|[^\\n]{0,60}\\bp\\.?o\\.? box \\d"
                    + "|(?:reproduction|republication|redistribution|copying)(?: (?:or|and) (?:distribution|redistribution|republication))? of "
                    + "(?:this|these|any|the) [\\p{L} ]{1,40} without\\b)");
    /**
     * A site's newsletter box, its heading alone on a line: "Cyclingnews Newsletter", "Romania Insider Free Newsletters".
     * Case-sensitive: the outlet's capitalised name, then the word in capitals too (a headline's "launches paid newsletter"
     * is no heading).
     */
    private static final Pattern NEWSLETTER_HEADING = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'\\d]*(?: \\p{Lu}[\\p{L}.'\\d]*){0,3} (?:Free |Daily |Weekly )?Newsletters?$");
    /** A reporter's social handle on its own line, after an optional role: "@GOSTRANDER_CNBC", "Cricket Journalist @HughPLcricket". */
    private static final Pattern HANDLE_LINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}'-]*(?: [\\p{L}'-]+){0,3} )?@\\w{2,30}$");
    /** A picture's credit alone on its line: "Barbara Gauthier/Clarion Ledger". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}(?:\\s*/\\s*\\p{Lu}[\\p{L} .'&-]{1,40}){1,4}$");
    /**
     * The credits of the report itself, at its foot: "Reporting by …; Editing by …", "Edited by …", "Associated Press
     * writer … contributed to this report.", "Our Standards: …", "© Agence France-Presse".
     */
    private static final Pattern FOOTER = Pattern.compile(
            "(?i)^[\\[(]?(?:(?:with )?(?:additional |further )?reporting|writing|editing|edited|compiled|produced|translated|research|graphics|live (?:blog|coverage|updates))"
                    + "(?: and (?:reporting|writing|editing))? by\\b(?:[^.]*|.*;.*)$|^with files from\\b"
                    + "|^\\(?with (?:a )?(?:reports?|files|inputs?) from\\b|^published by [^.\\n]{2,60}$|^part of the [^.\\n]{2,80} (?:group|network)$|^[\\p{L}&,. ]{3,80} contributed\\.$|^some (?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes) from\\b"
                    + "|^our standards:|\\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|reporting)\\.?$"
                    + "|^contact [^.@]{2,60} at \\S+@\\S+|\\b\\d{3}[-. ]\\d{3}[-. ]\\d{4}\\s*(?:tel|fax)\\b|^provided by [^.\\n]{2,60}$"
                    + "|^(?:©|\\(c\\)|copyright\\b)|\\ball rights reserved\\.?$"
                    + "|\\bis not responsible for the content of external (?:internet )?(?:sites|websites)\\b"
                    + "|^republish this (?:article|story)\\s*:"
                    + "|^[\\p{L}.' ]{2,40} is (?:a )?part of [^.\\n]{0,60}\\b(?:plc|group|family|network|media|inc|ltd|llc|company|corporation)\\b[^.\\n]{0,100}\\.$");
    /**
     * The reporters' own sign-off: "Kowalczyk-Reed reported from Warsaw and Thorne from Berlin." Case-sensitive (under
     * {@code (?i)} a capital class matches any letter) and bounded (a repeated group recurses once a word: a long line of
     * words would overflow the stack).
     */
    private static final Pattern REPORTED_FROM = Pattern.compile(
            "^\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3} reported from [\\p{L} ,.'-]{2,40}"
                    + "(?: and \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3} from [\\p{L} ,.'-]{2,40})?$");
    /** A labelled picture credit: "Photo: AFP", "Image source, Getty Images", "Photo credit: Akorda". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "(?i)^\\(?(?:photo(?:graph)?s?|pictures?|images?|(?:photo|image|picture) (?:credits?|sources?)|credits?|image (?:source|copyright))"
                    + "\\s*[:|,]");
    /** An agency's sign-off of its editors' initials, with its sources after them: "jm/ak/rl", "ab/sms (AP, Reuters, AFP, dpa)". */
    private static final Pattern INITIALS = Pattern.compile("^[a-z]{1,4}(?:/[a-z]{1,4}){1,5}(?:\\s*\\([^()\\n]{1,60}\\))?$");
    /**
     * A caption whose credit closes it, in the layouts that always mean a picture: "… at the Astana Arena.
     * Photograph: Stanislav Filippov/AFP/Getty Images"; "A man walks past the court [File: Ruslan Pryanikov/AFP]",
     * "… in Doha [File: Reuters]"; "… last month. Credit...Laura Brennan/Reuters"; an agency's bracketed credit
     * after a sentence: "… on Wednesday. (AP Photo/Efrem Lukatsky)", "… in Jakarta. (Pool photo via Reuters)", "…
     * Mohammadi. (Narges Foundation via AP, File)"; "… 2023. REUTERS/Kamal Haddad", "… on June 24. Stringer/Reuters";
     * "… on Sunday night © Sofía Aranda/Bloomberg".
     */
    private static final Pattern CAPTION_TAIL = Pattern.compile(
            "(?:\\bPhotograph:\\s*[^\\n]{2,80}|\\[(?:File(?: photo)?:\\s*)?[^\\]\\n]{2,60}/[^\\]\\n]{2,40}\\]"
                    + "|\\[File(?: photo)?:\\s*[^\\]\\n]{2,60}\\]|\\bCredit\\s*(?:\\.{3}|\u2026)\\s*[^\\n]{2,80}"
                    + "|(?<=[.!?\"\u201d]\\s)\\((?:(?:\\p{Lu}{2,}|Pool|Reuters)\\s+[Pp]hoto\\b[^()\\n]{0,60}"
                    + "|[^()\\n]{0,60}\\bvia AP\\b[^()\\n]{0,10})\\)"
                    + "|(?<=[.!?\"\u201d]\\s)\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?/[^\\n/]{2,60}(?:/[^\\n/]{2,40}){0,2}|\\s\u00a9\\s*[^\\n]{2,60}"
                    + "|\\(\\s?\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*/\\s*[^()\\n]{2,50}\\)(?:\\s*/\\s*\\p{Lu}[\\p{L} ]{1,20})?"
                    + "|\\[\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3},\\s*\\p{Lu}[\\p{L} .'&-]{1,40}\\]"
                    + "|\\(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3} for (?:The )?\\p{Lu}[\\p{L} .'&-]{1,40}\\)"
                    + "|(?<=[.!?\"\u201d]\\s)\\(\\p{Lu}[\\p{L} ]{1,30}:\\s*\\p{Lu}[\\p{L}.' -]{2,40}\\)"
                    + "|(?<=[.!?\"\u201d]\\s)\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(?:\\s*\\|\\s*\\p{Lu}[\\p{L} .'&-]{1,40}){1,3}"
                    + "|\\s[-\u2013]\\s+Copyright\\s+[^\\n]{2,80}|\\bPhotographer:\\s*[^\\n]{2,80}"
                    + "|(?<=[.!?\"\u201d]\\s|[.!?\"\u201d]\\s\\|\\s)\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}\\s*/\\s*\\p{Lu}[\\p{L} .'&-]{1,40}"
                    + "|(?<=[.!?\"\u201d])\\s?\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){1,3}"
                    + "|(?<=[.!?\"\u201d]\\s\\s)\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+){1,3}"
                    + "|(?<=[.!?\"\u201d]\\s)(?:AFP|AP|EPA|EFE|Reuters|ANSA|Xinhua|Lusa))\\s*$");
    /** An agency's caption opening: "FILE - This undated photo provided by …". */
    private static final Pattern FILE_CAPTION = Pattern.compile("^FILE(?: PHOTO)?\\s*[-\u2013\u2014:]\\s");
    /**
     * Above the story, a sentence closed by a picture credit is the lead picture's caption: "… in Istanbul. Image:
     * PA", "… last month. Photo: UNHCR", "… Pic: PA", "… in Saint-Denis. (Photo by Marc Dubois/Getty Images)". Further down, the same credit may close a story paragraph, and only the credit
     * is hidden ({@link #CREDIT}).
     */
    private static final Pattern LEAD_CAPTION_TAIL = Pattern.compile(
            "(?<=[.!?\"\u201d]\\s|[.!?\"\u201d]\\s\\|\\s)(?:(?i:(?:Photo|Foto|Image|Picture|Pic)(?: credit)?|Credit):\\s*[^\\n.]{2,60}|(?i:photo|image|picture) courtesy(?: of)? \\p{Lu}[^\\n.]{1,60}"
                    + "|\\((?:Photo|Picture)\\s+by\\b[^()\\n]{2,60}\\)|\\((?i:photo|picture|image)s?:[^()\\n]{2,60}\\)"
                    + "|\\(\\p{Lu}{2,6}\\)|[\u2014\u2013]\\s?\\p{Lu}[\\p{L}]+(?:[\\s/]\\p{L}+){0,2}|(?:\\p{Lu}\\p{L}+\\s){0,2}File [Pp]hoto)\\s*$");
    /**
     * The heading of a page's closing list of links or topics ("Related topics", "More on this story"): the heading
     * and the short lines under it, up to a blank line or a sentence, are furniture.
     */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)^(?:related(?: topics| stories| articles| content)?|more on this (?:story|topic)|suggested topics|"
                    + "explore more on these topics|topics|read more|see also|more from [\\p{L} ]{1,30}|most read|most read from [\\p{L} ]{1,30}|top stories|"
                    + "recommended(?: stories| for you| reading| articles)?|must read(?: stories)?|more information|more stories(?: from [\\p{L} ]{1,30})?|more about(?: [\\p{L}.' ]{1,30})?|"
                    + "read more about|most popular|most viewed|more top reads from [\\p{L}.' ]{1,30}|you may also like|don'?t miss(?: these stories)?(?: from [\\p{L} ]{1,30})?|trending(?: now)?|"
                    + "read also|keywords|tags|related posts|related news|in this news|authors?|in|subjects|tags / keywords|see also|"
                    + "more news|latest news|(?:latest|top|more|related) (?:headlines|videos)|more from: [\\p{L}.' ]{1,30}|read more news on|other topics of interest|latest from [\\p{L}' ]{1,30}|also worth reading|also read|read more (?:with|on|at|from) [\\p{L}.' ]{1,30}"
                    + "|more in [\\p{L}.' ]{1,30}|you may have missed|watch next|read next|up next|related publications"
                    + "|other materials in the (?:column|section|category) [^\\n]{1,40})\\s*:?$");
    /** Long enough for a linked story's headline, short of a story paragraph (which ends in a full stop anyway). */
    private static final int MAX_LIST_ITEM = 110;
    /**
     * A credit inside a line: "Photo: Getty Images", "(Picture by Jane Doe/AFP)", "AFP via Getty Images"; not Axios's
     * "The big picture:" label, which opens story.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\(?\\b(?<!big |bigger |full )(?:photo(?:graph)?|foto|picture|image|lens|figure)s?(?:\\s+(?:credits?|sources?))?\\s*(?:by\\b|courtesy(?: of)?\\b|:)[^\\n.)]*\\)?|(?<=\\s\\s)source:\\s[^\\n.)]*|(?<![^\\n])(?:photo(?:graph)?|picture|image)s?\\s*[\u2014\u2013]\\s[^\\n.)]*|\\(?\\bpics?(?::| by\\b)[^\\n.)]*\\)?"
                    + "|(?:\\b[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,3}\\s*\u2014\\s*)?(?:\\b[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,3}\\s*/\\s*)?(?:\\b\\p{Lu}+\\s+via\\s+)?\\bGetty Images?\\b(?:\\s+for\\s+[\\p{L} ]+)?");
    /** "By Jane Doe", "By Jane Doe and John Roe, BBC News", "By Tom Ashworth, Chief Football Writer, at Wembley", alone on its line. */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?:(?:[Ww]ritten |[Rr]eported |[Ss]tory |[Ww]ords |[Tt]ext |(?:[Ll]ive blog )?[Cc]urated )?[Bb]y:?|[Aa]uthors?:|(?:[Rr]eport(?:ing)?|[Ww]eb text|[Tt]ext|[Ll]ens|[Cc]amera|[Pp]roducer|[Rr]eporter|[Ee]ditor|[Pp]hotos?)\\s*(?::|\u2014|\u2013))\\s+(?:\\p{Ll}+\\s+){0,3}\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|with|&|,|de|van|von|der|al))*"
                    + "(?:\\s+staff(?: writers?| reporters?)?)?(?:(?:\\s*,\\s*[\\p{L} '\u2019-]+(?:\\.(?:com|org|net|co\\.uk))?){1,2}|\\s*,\\s*[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,4}|,?\\s+(?:in|for|at) [^.\\n]+(?:\\.(?:com|org|net|co\\.uk|in|ru))?|\\s*[|\u2014\u2013]\\s*[^\\n]{0,80})?\\s*$");
    /** A correspondent's line in a paper's own style: "From Imogen Fairlie-Baptiste in New York". */
    private static final Pattern FROM_BYLINE = Pattern.compile("^From \\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} in \\p{Lu}[\\p{L}.' -]{1,40}$");
    /** A reporter's role after the name: "Political Editor", "Deputy Political Editor", "Senior Reporter". */
    private static final String ROLE = "(?:[\\p{L}-]+ ){0,3}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist)";
    /** "By Jane Doe, Political Editor and John Roe, Deputy Political Editor": names with their roles, however long. */
    private static final Pattern BYLINE_WITH_ROLES = Pattern.compile("^[Bb]y \\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3}, " + ROLE
            + "(?:,? (?:and|&) \\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3}, " + ROLE + ")?$");

    /**
     * A byline without "By", which a page's time stamp follows: "Marina Costa in São Paulo", "Daniel Harper in London
     * and Grace Lim in San Francisco", "SITI RAHMAWATI, Contributing writer". Names of two to four capitalised words,
     * each with an optional place after "in" or a role after a comma.
     */
    private static final String NAME_CREDIT = "\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}|\\s*,\\s*\\p{L}+(?:\\s+\\p{Ll}+){0,3})?";
    private static final Pattern NAMES_ABOVE_TIME = Pattern.compile(
            "^" + NAME_CREDIT + "(?:\\s*(?:,|and|&)\\s*" + NAME_CREDIT + ")*$");
    /** The outlet, and its place, under a byline: "BBC News, Abuja", "Reuters, London", "BBC News". */
    private static final Pattern OUTLET_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'&-]*(?:\\s+\\p{Lu}[\\p{L}.'&-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?$");
    /** The reporter's role and outlet under a byline: "Health reporter, BBC News". */
    private static final Pattern ROLE_OUTLET_LINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3},\\s*\\p{Lu}[\\p{L}.'&-]*(?:\\s+\\p{Lu}[\\p{L}.'&-]*){0,3}$");
    /** A caption's label alone on its line ("Image caption,"): the next line is the caption. */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(?:(?:image|photo|picture|video) )?caption\\s*[:,]?$");
    /**
     * The end mark of a press release or wire copy on a line of its own ("###", "-30-", "ENDS"): what follows is the
     * issuer's contacts, "About …" boilerplate, share links and other releases, never story.
     */
    private static final Pattern END_MARK = Pattern.compile("#\\s?#\\s?#|-\\s?30\\s?-|[-\u2013\u2014]?\\s?ENDS?\\s?[-\u2013\u2014]?");
    /**
     * "Politics | Asia", "News › World › Asia", "Football > Europe > Spain > Primera Division 1996-97 > Round 19",
     * "Archive > News bulletins > Europe > 19.12.1996": a short path of capitalised words, a season or a date.
     */
    private static final Pattern SECTION_PATH = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}\\d&' ]*(?:(?:\\s*[|›>»]\\s*|\\s+/\\s+)(?:\\p{Lu}[\\p{L}\\d&' ]*(?:\\d{4}-\\d{2,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}))+\\s*$");
    /** "Kazakhstan, CICA, Kassym-Jomart Tokayev": three or more capitalised names and nothing else, a tag list. */
    private static final Pattern TAG_LIST = Pattern.compile(
            "^\\p{Lu}[\\p{L}-]*(?: (?:\\p{Lu}[\\p{L}.-]*|&))*(?:,\\s*\\p{Lu}[\\p{L}-]*(?: (?:\\p{Lu}[\\p{L}.-]*|&))*){2,}$");
    /**
     * A dateline at the start of a line: an upper-case place, optional ", Country" or ", Oct 13", optional "(Agency)",
     * then a dash.
     */
    private static final Pattern DATELINE_WITH_AGENCY = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})((?:,\\s*[\\p{L}.]+(?:\\s+[\\p{L}\\d.]+){0,2}){0,2})"
                    + "\\s*(\\([^)\\d\\n]{1,30}\\))\\s*[-\u2013\u2014]{1,2}\\s");
    /** "Moscow CNN —": a place and an agency's capitals without brackets, then a dash. */
    private static final Pattern DATELINE_BARE_AGENCY = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})\\s+\\p{Lu}{2,5}\\s*[\u2013\u2014]\\s");
    /**
     * "(Bloomberg) -- Azerbaijan is ready …", "Oct. 15 (UPI) -- Businessman …": the agency opening the story, alone or
     * after the day (UPI's dateline names no place).
     */
    private static final Pattern AGENCY_OPENING = Pattern.compile(
            "^(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2} )?\\(\\p{Lu}[\\p{L} ]{1,25}\\)\\s*[-\u2013\u2014]{1,2}\\s");
    /**
     * A wire's dateline: "ALMATY, Oct 13 (Reuters) - ", "NUR-SULTAN. KAZINFORM – ", "BAKU, Azerbaijan, June 29. By Jane Doe – "
     * (Trend puts its reporter's name in it).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'-]*(?: \\p{Lu}[\\p{Lu}.'-]*){0,3})((?:,\\s*[\\p{L}.]+(?:\\s+[\\p{L}\\d.]+){0,2}){0,2})"
                    + "\\s*(\\([^)\\n]{1,40}\\))?(?:\\s*By \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3})?\\s*(?:[-\u2013\u2014]{1,2}|/\\p{Lu}{2,10}/\\.?)\\s");

    /** Finds the furniture of a body text (lines separated by {@code \n}). */
    public static Furniture of(String body) {
        return of(body, List.of());
    }

    /**
     * As {@link #of(String)}, plus the char ranges [start, end) that the markup already showed to be furniture (an HTML
     * body's {@code <figcaption>}, {@code <nav>}, {@code <aside>}: {@code HtmlCleaner.Cleaned#furniture}).
     */
    public static Furniture of(String body, List<int[]> marked) {
        List<Range> hidden = new ArrayList<>();
        for (int[] r : marked) {
            if (r[0] < body.length()) {
                hidden.add(new Range(r[0], Math.min(r[1], body.length())));
            }
        }
        List<Dateline> datelines = new ArrayList<>();
        int lineStart = 0;
        boolean afterCredit = false;
        boolean inList = false;
        boolean storySeen = false;
        int storyLines = 0;
        boolean creditSeen = false; // the lead picture has its credit: a caption is over it or under it, not both
        boolean afterByline = false;
        boolean captionNext = false;
        // The last non-blank line was furniture as a whole (a byline, a time stamp, a page control): a caption closed
        // by a credit right under it is the lead picture's, though a standfirst came before ("PRINT" / "Composer
        // M.M. Keeravaani … | Photo Credit: Reuters"), as long as no dateline has opened the story.
        boolean afterFurniture = false;
        boolean afterTime = false; // the last non-blank line was a time stamp
        boolean listHeadingLast = false; // the last non-blank line was a list's heading
        String lastLine = null; // the last non-blank line, stripped
        boolean lineHidden;
        while (lineStart <= body.length()) {
            int nl = body.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? body.length() : nl;
            String line = body.substring(lineStart, lineEnd);
            String stripped = line.strip();
            if (storySeen && END_MARK.matcher(stripped).matches()) {
                hidden.add(new Range(lineStart, body.length())); // the release's contacts, boilerplate and links below
                break;
            }
            boolean credit = false;
            boolean namesAboveTime = false;
            // A blank line may part the heading from its items ("Must Read Stories" / "" / "Box Office Preview: …").
            inList = inList && (stripped.isEmpty() ? listHeadingLast : isListItem(stripped));
            String tail = lineTail(stripped);
            boolean ends = !tail.isEmpty() && (tail.charAt(tail.length() - 1) == ')' || tail.charAt(tail.length() - 1) == ']');
            boolean captionWithCredit = ((ends || mayHoldCaptionCredit(tail)) && CAPTION_TAIL.matcher(tail).find()
                    || (!storySeen || afterFurniture && datelines.isEmpty()) && (ends || tail.indexOf(':') >= 0 || tail.indexOf('\u2014') >= 0
                            || tail.indexOf('\u2013') >= 0 || tail.contains(" courtesy ") || tail.endsWith(" Photo") || tail.endsWith(" photo"))
                            && LEAD_CAPTION_TAIL.matcher(tail).find())
                    && datelineMatch(stripped) == null;
            creditSeen |= captionWithCredit;
            if (inList || isFurnitureLine(line) || FILE_CAPTION.matcher(stripped).find()
                    || stripped.length() <= MAX_SHORT_LINE && CREDIT_LINE.matcher(stripped).matches()
                    || captionWithCredit
                    || captionNext && !stripped.isEmpty() || afterByline && (OUTLET_LINE.matcher(stripped).matches() || ROLE_OUTLET_LINE.matcher(stripped).matches())
                    || (namesAboveTime = isBylineAboveTime(stripped, body, nl)) || isCaptionAboveCredit(stripped, body, nl)
                    || storyLines < 2 && datelines.isEmpty() && !creditSeen && isLeadCaptionAboveCredit(stripped, body, nl)
                    // The writers' names at the foot, under a credit or another name: "Reuters and The Associated Press
                    // contributed." / "Daniela Ortega-Whitman" / "Kevin Strand-Moreno".
                    || storySeen && afterFurniture && stripped.length() <= 40 && NAMES_ABOVE_TIME.matcher(stripped).matches()
                            && datelineMatch(stripped) == null
                    // The name again under its labelled line: "Avatar: Elliot Marchbanks-Quist" / "Elliot Marchbanks-Quist".
                    || afterFurniture && lastLine != null && stripped.length() <= 40 && lastLine.endsWith(" " + stripped)
                            && NAMES_ABOVE_TIME.matcher(stripped).matches()
                    // The byline under the time stamp, above the story: "29 November 2022" / "Aidana Zhumabekova-Price".
                    || (namesAboveTime = afterTime && storyLines < 2 && stripped.length() <= 40
                            && NAMES_ABOVE_TIME.matcher(stripped).matches() && datelineMatch(stripped) == null)) {
                hidden.add(new Range(lineStart, lineEnd));
                lineHidden = true;
                inList = inList || LIST_HEADING.matcher(stripped).matches();
                // "Photo: Igor Sasin/AFP" above the story: the lead picture's credit, its caption next.
                credit = !storySeen && PICTURE_CREDIT.matcher(stripped).find();
            } else {
                lineHidden = false;
                Matcher opening = AGENCY_OPENING.matcher(line);
                if (opening.find()) {
                    hidden.add(new Range(lineStart, lineStart + opening.end()));
                }
                Matcher m = datelineMatch(line);
                Dateline d = null;
                if (m != null) {
                    // "NUR-SULTAN. KAZINFORM –": the place ends at its full stop, the agency after it is furniture; not
                    // an abbreviation's stop ("ST. LOUIS").
                    int stop = m.group(1).indexOf(". ");
                    int placeEnd = stop >= 4 && m.group(1).lastIndexOf(' ', stop) < stop - 4 ? m.start(1) + stop : m.end(1);
                    String written = line.substring(m.start(1), placeEnd);
                    String place = m.pattern() == DATELINE ? usualCase(written) : written;
                    d = new Dateline(lineStart + m.start(1), lineStart + placeEnd, place);
                    datelines.add(d);
                    // The rest of the dateline (", Oct 13", "(Reuters)", the dash) is furniture.
                    hidden.add(new Range(d.end(), lineStart + m.end()));
                }
                if (mayHoldCredit(line)) {
                    Matcher c = CREDIT.matcher(line);
                    StringBuilder rest = new StringBuilder(line);
                    while (c.find()) {
                        hidden.add(new Range(lineStart + c.start(), lineStart + c.end()));
                        for (int i = c.start(); i < c.end(); i++) {
                            rest.setCharAt(i, ' ');
                        }
                    }
                    credit = rest.chars().noneMatch(Character::isLetterOrDigit);
                }
                // A line of its own right under a credit line ("Getty Images"), as copied from a news page, is the
                // picture's caption, not story: "Kazakh President Kassym-Jomart Tokayev welcomed ... on Thursday."
                boolean ownParagraph = nl < 0 || body.substring(nl + 1, nextLineEnd(body, nl + 1)).isBlank();
                if (afterCredit && !credit && d == null && !line.isBlank() && ownParagraph) {
                    hidden.add(new Range(lineStart, lineEnd));
                } else if (!credit && stripped.chars().anyMatch(Character::isLetter)) {
                    storySeen = true;
                    storyLines++;
                }
            }
            afterCredit = credit;
            creditSeen |= credit;
            if (!stripped.isEmpty()) {
                afterFurniture = lineHidden;
                // A time stamp is a short line: a story paragraph is not split into words for the test.
                afterTime = stripped.length() <= MAX_SHORT_LINE && (isTimeStamp(stripped) || isPlacedTimeStamp(stripped));
                lastLine = stripped;
                listHeadingLast = lineHidden && LIST_HEADING.matcher(stripped).matches();
                afterByline = stripped.length() <= MAX_SHORT_LINE && BYLINE.matcher(stripped).matches() || namesAboveTime;
                captionNext = CAPTION_LABEL.matcher(stripped).matches();
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Furniture(List.copyOf(hidden), List.copyOf(datelines));
    }

    /**
     * The match of the dateline opening a line (group 1 its place, {@code end()} the dash), or null: an upper-case one
     * ("ASTANA, Oct 13 (Reuters) -"), else one in its usual case with its agency ("Almaty (AFP) –").
     */
    private static Matcher datelineMatch(String line) {
        Matcher d = DATELINE.matcher(line);
        if (d.find() && d.group(1).length() >= 3) {
            return d;
        }
        Matcher a = DATELINE_WITH_AGENCY.matcher(line);
        if (a.find()) {
            return a;
        }
        Matcher b = DATELINE_BARE_AGENCY.matcher(line);
        return b.find() ? b : null;
    }

    /** Longer than any caption credit the tail patterns match, with a character before it for their look-behind. */
    private static final int CREDIT_TAIL = 150;

    /**
     * The end of a line, where a caption's credit stands: the tail patterns are tried at every position of what they
     * are given, and a story paragraph is long.
     */
    private static String lineTail(String line) {
        return line.length() <= CREDIT_TAIL ? line : line.substring(line.length() - CREDIT_TAIL);
    }

    /**
     * Whether a line's end may hold a caption's credit that does not close with a bracket: each {@link #CAPTION_TAIL}
     * form holds one of these, and most story lines none, so the pattern is not tried at every position of theirs.
     */
    private static boolean mayHoldCaptionCredit(String tail) {
        return tail.indexOf('/') >= 0 || tail.indexOf('|') >= 0 || tail.indexOf('\u00a9') >= 0 || tail.contains("Photograph") || tail.contains("Credit")
                || tail.contains("Copyright") || tail.contains(".  ") || endsInCapitals(tail);
    }

    /** "… on Sunday night.JAVIER ORDUÑA": a photographer's name in capitals closing the caption. */
    private static boolean endsInCapitals(String tail) {
        int n = tail.length();
        return n >= 2 && Character.isUpperCase(tail.charAt(n - 1)) && Character.isUpperCase(tail.charAt(n - 2));
    }

    /** "Marina Costa in São Paulo" right above "Mon 31 Oct 2022 02.47 GMT" (blank lines between allowed). */
    private static boolean isBylineAboveTime(String stripped, String body, int nl) {
        if (nl < 0 || stripped.isEmpty() || stripped.length() > MAX_SHORT_LINE || !Character.isUpperCase(stripped.charAt(0))) {
            return false;
        }
        // The time stamp next, or after the outlet's line ("Sarah Whitcomb and Marcus Lane" / "Mississippi Clarion
        // Ledger" / "Published 10:31 a.m. CT June 24, 2022").
        List<String> next = nextLines(body, nl + 1, 2);
        boolean time = !next.isEmpty() && (isTimeStamp(next.get(0)) || isPlacedTimeStamp(next.get(0)) || IN_PLACE_LINE.matcher(next.get(0)).matches()
                || HANDLE_LINE.matcher(next.get(0)).matches() || PAGE_CONTROL.matcher(next.get(0)).matches()
                || AGENCY_ALONE.matcher(next.get(0)).matches()
                || next.size() == 2 && next.get(0).length() <= 40 && OUTLET_LINE.matcher(next.get(0)).matches() && isTimeStamp(next.get(1))
                || timeUnderNames(nextLines(body, nl + 1, 4)));
        return time && NAMES_ABOVE_TIME.matcher(stripped).matches();
    }

    /**
     * A time stamp under more names, the outlet and the place, each a short line of its own: "Marcus Oduya-Kent" /
     * "TORONTO" / "PUBLISHED APRIL 17, 2024"; "BIRN" / "Podgorica" / "April 3, 2023"; "Rio de Janeiro".
     */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]*(?: (?:(?:de|da|do|dos|das|del|la|le|el|al|upon|on|of) )?\\p{Lu}[\\p{L}.'-]*){0,3}$");

    private static boolean timeUnderNames(List<String> next) {
        for (String line : next) {
            if (isTimeStamp(line) || isPlacedTimeStamp(line)) {
                return true;
            }
            if (line.length() > 40 || !(OUTLET_LINE.matcher(line).matches() || NAMES_ABOVE_TIME.matcher(line).matches()
                    || PLACE_LINE.matcher(line).matches())) {
                return false;
            }
        }
        return false;
    }

    /**
     * NPR's layout: the caption, then its credit line, then "hide caption" ("Justin Nelson speaks to reporters …" /
     * "Gideon Farrow/Getty Images" / "hide caption").
     */
    private static boolean isCaptionAboveCredit(String stripped, String body, int nl) {
        if (nl < 0 || stripped.isEmpty()) {
            return false;
        }
        List<String> next = nextLines(body, nl + 1, 2);
        return next.size() == 2 && next.get(1).equalsIgnoreCase("hide caption")
                && next.get(0).length() <= MAX_SHORT_LINE && CREDIT_LINE.matcher(next.get(0)).matches();
    }

    /**
     * A sentence right above a labelled picture credit alone on its line, before the story has begun (at most a standfirst
     * above it): the lead picture's caption ("Leaders … pose for a group photo before the summit on 19 May." / "Photo:
     * Press service of the President of Uzbekistan"). Further down, a credit may as well stand above its caption.
     */
    private static boolean isLeadCaptionAboveCredit(String stripped, String body, int nl) {
        if (nl < 0 || stripped.isEmpty() || stripped.length() > 250 || PICTURE_CREDIT.matcher(stripped).find()) {
            return false;
        }
        List<String> next = nextLines(body, nl + 1, 1);
        return next.size() == 1 && next.get(0).length() <= MAX_SHORT_LINE && PICTURE_CREDIT.matcher(next.get(0)).find();
    }

    /** Up to {@code n} non-blank lines from {@code from}, stripped. */
    private static List<String> nextLines(String body, int from, int n) {
        List<String> out = new ArrayList<>(n);
        while (from < body.length() && out.size() < n) {
            int end = nextLineEnd(body, from);
            String line = body.substring(from, end).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
            from = end + 1;
        }
        return out;
    }

    /** A short line under a list heading: a topic or a link's title, not a sentence. */
    private static boolean isListItem(String line) {
        return !line.isEmpty() && line.length() <= MAX_LIST_ITEM && !SENTENCE_END.matcher(line).find();
    }

    // A linked headline may ask ("What happens now?") or end in a quoted phrase ("march against \"Russian law\"").
    private static final Pattern SENTENCE_END = Pattern.compile("[.!][\"\u201d]?$");

    private static int nextLineEnd(String body, int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl;
    }

    /**
     * Whether a line holds a word that every {@link #CREDIT} match contains ("photo", "picture", "image" or "Getty", in
     * any case): most lines hold none, and trying the pattern at every position of a story line costs more than the
     * rest of the furniture search. A cheap test that never says no to a line the pattern matches (it ignores case at
     * least as widely as the pattern's ASCII-only {@code (?i)}).
     */
    static boolean mayHoldCredit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == 'p' || c == 'P') && (line.regionMatches(true, i, "photo", 0, 5) || line.regionMatches(true, i, "picture", 0, 7)
                    || line.regionMatches(true, i, "pic:", 0, 4) || line.regionMatches(true, i, "pic by", 0, 6)
                    || line.regionMatches(true, i, "pics by", 0, 7))
                    || (c == 'f' || c == 'F') && line.regionMatches(true, i, "foto", 0, 4)
                    || (c == 'i' || c == 'I') && line.regionMatches(true, i, "image", 0, 5)
                    || (c == 'g' || c == 'G') && line.regionMatches(true, i, "getty", 0, 5)
                    || (c == 'l' || c == 'L') && line.regionMatches(true, i, "lens:", 0, 5)
                    || (c == 'f' || c == 'F') && line.regionMatches(true, i, "figure:", 0, 7)
                    || (c == 's' || c == 'S') && line.regionMatches(true, i, "source:", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tag, section, credit, byline, time-stamp or report-credit line, or the heading of a closing list: never the
     * headline, never story text.
     */
    public static boolean isFurnitureLine(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        return LABELLED_LINE.matcher(l).find() || FOOTER.matcher(l).find() || INITIALS.matcher(l).matches()
                || l.length() <= MAX_CONTROL_LINE && PAGE_CONTROL.matcher(l).matches()
                || PROMO.matcher(l).lookingAt() || NOTE_LINE.matcher(l).lookingAt() || l.length() <= MAX_LIST_ITEM && REPORTED_FROM.matcher(l).matches()
                || l.length() <= 40 && (AGENCIES_LINE.matcher(l).matches() || AGENCY_ALONE.matcher(l).matches() || WITH_AGENCIES_LINE.matcher(l).matches())
                || l.length() <= 240 && (WRITER_NOTE.matcher(l).matches() || WRITER_BEAT.matcher(l).matches())
                || l.length() <= 140 && BYLINE_WITH_ROLES.matcher(l).matches() || l.length() <= 100 && (NAME_ROLE_LINE.matcher(l).matches() || ROLE_DOT_OUTLET.matcher(l).matches()) || l.length() <= MAX_SHORT_LINE && (BYLINE.matcher(l).matches() || FROM_BYLINE.matcher(l).matches() || SECTION_PATH.matcher(l).matches()
                || TAG_LIST.matcher(l).matches() || LIST_HEADING.matcher(l).matches() || NEWSLETTER_HEADING.matcher(l).matches() || HANDLE_LINE.matcher(l).matches()
                || IN_PLACE_LINE.matcher(l).matches())
                || l.length() <= MAX_TIME_LINE && (isTimeStamp(l) || isPlacedTimeStamp(l) || isBylineWithTime(l))
                || l.length() <= MAX_SHORT_LINE && (NAMES_WITH_OUTLET.matcher(l).matches() || isStampAndSection(l))
                || isNavigationBar(l) || l.length() <= MAX_CONTROL_LINE && (isShareRow(l) || parted(l) && (isBylineOfParts(l) || isStampAndControls(l)))
                || l.length() <= 40 && l.regionMatches(true, l.length() - 4, "desk", 0, 4) && DESK.matcher(l).matches()
                || l.length() <= 160 && (l.indexOf(',') > 0 && (STAFF_LINE.matcher(l).matches() || ADDRESS_LINE.matcher(l).find())
                        || l.contains("From the ") && FROM_PROGRAMME.matcher(l).find());
    }

    /** A newsletter's or page's staff with lower-case roles: "Hannah Okafor-Lyle, editor  ·  Tom Brennagh-Cole, markets". */
    private static final Pattern STAFF_LINE = Pattern.compile("^" + "\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3},\\s*\\p{Ll}[\\p{Ll} &-]{1,30}"
            + "(?:\\s*[\u00b7|\u2022]\\s*\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3},\\s*\\p{Ll}[\\p{Ll} &-]{1,30})+$");
    /** A postal address: "The Yellowcake Brief, 14 Fenwick Lane, London EC3", "…, 1 Main Street, Suite 200". */
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            ",\\s*\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|\\d{1,3}(?:st|nd|rd|th))){0,3}\\s+"
                    + "(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Place|Way|Boulevard|Blvd|Drive|Row|Terrace|Gardens|Wharf|Yard|Mews|Prospekt|Prospect|Ko'chasi|köshesi)\\b\\.?(?:,|$)");
    /** A broadcast's programme named under its player: "▶ Listen · 4:02   From the programme Asia This Morning". */
    private static final Pattern FROM_PROGRAMME = Pattern.compile("(?:^|\\s)From the (?:programme|program|show|podcast|series)\\s+\\p{Lu}[^.!?]*$");

    /** A newsroom's desk named alone: "English desk", "TRIBUNE WORLD DESK", "Web Desk". */
    private static final Pattern DESK = Pattern.compile("^(?:[\\p{L}&]+ ){0,3}(?:desk|Desk|DESK)$");

    /**
     * "From the issue of 21 September 2024  ·  6 min read  ·  🔊 Listen (narrated)  ·  ⤴ Share  ·  ☆ Save": three parts or
     * more between dots or bars, each a time stamp, a page control or an item behind an icon, one a stamp at least.
     */
    private static final Pattern ISSUE_OF = Pattern.compile("(?i)^from the (?:issue|edition) of ");

    private static boolean isStampAndControls(String line) {
        String[] parts = BYLINE_PARTS.split(line);
        if (parts.length < 3) {
            return false;
        }
        boolean time = false;
        for (String part : parts) {
            String p = part.strip();
            String bare = ISSUE_OF.matcher(p).replaceFirst("");
            if (isTimeStamp(bare)) {
                time = true;
            } else if (!p.isEmpty() && !Character.isLetterOrDigit(p.codePointAt(0)) || PAGE_CONTROL.matcher(p).matches()
                    || VIEW_COUNT.matcher(p).matches() || LABELLED_LINE.matcher(p).find() || DESK.matcher(p).matches()) {
                continue;
            } else {
                return false;
            }
        }
        return time;
    }

    /** Whether a line has a bar, a dot, a bullet or a wide gap: the parts of a byline or a stamp line (a cheap test first). */
    private static boolean parted(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('\u00b7') >= 0 || line.indexOf('\u2022') >= 0 || line.contains("   ");
    }

    /** What a page's share buttons are called, as pasted: names, letters and icons. */
    private static final Set<String> SHARE_WORDS = Set.of("x", "facebook", "twitter", "tweet", "email", "e-mail", "mail",
            "print", "whatsapp", "linkedin", "telegram", "reddit", "ok", "vk", "vkontakte", "copy", "link", "threads",
            "bluesky", "in", "f", "messenger", "viber", "pinterest", "flipboard", "sms", "share");
    private static final Pattern SHARE_LEAD = Pattern.compile("(?i)^share(?: (?:this|the) (?:page|article|story|post|blog|live blog|video|report|gallery))?\\s*:?\\s+");

    /**
     * "Share:  Telegram  ·  Facebook  ·  OK  ·  E-mail", "Share this live blog:   WhatsApp   X   Facebook   LinkedIn
     * Copy link", "Share this page   ✉   in   f   𝕏": a page's share buttons, whatever lies between them.
     */
    static boolean isShareRow(String line) {
        if (!line.regionMatches(true, 0, "share", 0, 5)) {
            return false;
        }
        Matcher lead = SHARE_LEAD.matcher(line);
        if (!lead.lookingAt()) {
            return false;
        }
        String rest = line.substring(lead.end()).toLowerCase(Locale.ROOT);
        int words = 0;
        for (String w : rest.split("[\\s|\u00b7\u2022,]+")) {
            if (w.isEmpty() || w.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // an icon
            }
            if (!SHARE_WORDS.contains(w) && w.codePoints().anyMatch(Character::isLetter)
                    && !(w.codePointCount(0, w.length()) == 1)) {
                return false;
            }
            words++;
        }
        return words >= 1 || rest.isBlank();
    }

    /**
     * "Courier Web Desk  |  Live blog curated by Anisha Rao-Mehtani", "Production credits: Reporter — …": a line of
     * bylines and outlets between bars or dots, at least one a byline ("by", or a role's label), no other words.
     */
    private static boolean isBylineOfParts(String line) {
        String[] parts = BYLINE_PARTS.split(line);
        if (parts.length < 2) {
            return false;
        }
        boolean byline = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.length() <= MAX_SHORT_LINE && BYLINE.matcher(p).matches()) {
                byline = true;
            } else if (p.length() > 40 || !OUTLET_LINE.matcher(p).matches()) {
                return false;
            }
        }
        return byline;
    }

    /** The writers and their outlet in brackets, alone on a line: "Ratna Wibisono-Hart and Aditya Lestari-Moss (The Jakarta Post)". */
    private static final Pattern NAMES_WITH_OUTLET = Pattern.compile(
            "^" + NAME_CREDIT + "(?:\\s*(?:,|and|&)\\s*" + NAME_CREDIT + ")*\\s*\\((?:The )?\\p{Lu}[\\p{L}.&' -]{1,40}\\)$");
    /** "Jul 15, 2022 - World": a time stamp, a dash and the section's name. */
    private static final Pattern STAMP_AND_SECTION = Pattern.compile("^(.{6,40}?)\\s[-\u2013\u2014]\\s\\p{Lu}[\\p{L}&' ]{1,30}$");

    private static boolean isStampAndSection(String line) {
        Matcher m = STAMP_AND_SECTION.matcher(line);
        return m.matches() && isTimeStamp(m.group(1));
    }

    /** Runs of two spaces or more, a tab, or a bar or dot with any spaces round it: how a page's menu items paste. */
    private static final Pattern MENU_GAP = Pattern.compile("\\s*[|\\u00b7\\u2022]\\s*| {2,}|\\t+");
    private static final Pattern MENU_ITEM = Pattern.compile("[\\p{L}\\d][\\p{L}\\d&+.'\u2019/-]*(?: [\\p{L}\\d&][\\p{L}\\d&+.'\u2019/-]*){0,3}\\??");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+");
    /** The region or site a menu belongs to, in capitals before it: "AFRICA: Top Headlines | Coronavirus | Sport". */
    private static final Pattern MENU_LABEL = Pattern.compile("^\\p{Lu}{2,}:\\s+");
    private static final Pattern MENU_EDGE = Pattern.compile("^[|\\u00b7\\u2022]\\s*|\\s*[|\\u00b7\\u2022]$");

    /**
     * A page's menu, share buttons or tag list as pasted: "Formula 1   Home   News   Results   Calendar",
     * "Share on Facebook   Share on Twitter   Email", "Home | News | U.K. | Sport", "FINANCE · NETFLIX", "Coleen Rooney
     * Rebekah Vardy   Courts", "About the Authors   Reprints", "AFRICA: Top Headlines | Coronavirus". Two items or more apart by wide gaps, a bar or a dot; each
     * item at most four words, no sentence's end ("U.K." is an abbreviation), one opening with a capital or a digit.
     */
    public static boolean isNavigationBar(String line) {
        if (line.length() > MAX_CONTROL_LINE || line.indexOf("  ") < 0 && line.indexOf('\t') < 0 && line.indexOf('|') < 0
                && line.indexOf('\u00b7') < 0 && line.indexOf('\u2022') < 0) {
            return false;
        }
        // "Support HKFP  |  Contact Us  |": a separator may close the bar too.
        String[] items = MENU_GAP.split(MENU_EDGE.matcher(MENU_LABEL.matcher(line.strip()).replaceFirst("")).replaceAll(""), -1);
        if (items.length < 2) {
            return false;
        }
        boolean capital = false;
        for (String item : items) {
            if (item.length() > 30 || !MENU_ITEM.matcher(item).matches()
                    || item.endsWith(".") && !ABBREVIATION.matcher(item).matches()) {
                return false;
            }
            capital |= Character.isUpperCase(item.charAt(0)) || Character.isDigit(item.charAt(0));
        }
        return capital;
    }

    /**
     * The agencies a report drew on, after "with", alone on a line: "with AFP", "With Reuters and AP". Case-sensitive:
     * under {@code (?i)} a capital class matches any letter.
     */
    private static final Pattern WITH_AGENCIES_LINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3} )?[Ww]ith (?:\\p{Lu}{2,10}|Reuters|Bloomberg|Xinhua|Anadolu)(?:(?:, | and | & |, and )(?:\\p{Lu}{2,10}|Reuters|Bloomberg|Xinhua|dpa)){0,4}$");
    /**
     * The writer's note at the foot of a piece: "Natalie Whitcombe is a freelance journalist covering Central Asia." One
     * sentence on its own line, and only a freelance, contributing, guest or staff writer who covers, writes or is based
     * somewhere: a story's "… is a freelance journalist who was detained" stays story.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} is an? (?:freelance|contributing|guest|staff|independent) "
                    + "(?:journalist|reporter|writer|correspondent|photographer|editor)(?: and [\\p{L} ]{1,40})? "
                    + "(?:covering|based in|who (?:covers|writes|reports))\\b(?:[^.!?\\n]|\\.(?:com|org|net)\\b){0,120}\\.(?:\\s+Follow [^\\n]{1,80})?$"
                    + "|^\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} is the (?:[\\p{L}-]+ ){0,3}(?:editor|correspondent|reporter|writer|columnist)"
                    + "(?: (?:for|at|of) (?:[Tt]he )?\\p{Lu}[^.!?\\n]{1,60})?\\.(?:\\s+(?:Connect with|Follow|Email|Contact|Reach) [^\\n]{1,80})?$"
                    + "|^\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} is an? (?:[\\p{L}-]+ ){0,3}"
                    + "(?:journalist|reporter|writer|correspondent|photographer|editor|columnist) (?:(?:for|at|with) (?:[Tt]he )?\\p{Lu}|based in \\p{Lu}|covering\\b|who (?:covers|writes|reports)\\b)"
                    + "(?:[^.!?\\n]|\\.(?:com|org|net)\\b){0,120}\\.(?:\\s+(?:Follow|Connect with|Email|Contact|Reach) [^\\n]{1,80})?$");

    /**
     * The writer's beat, by first name, at the foot: "Callum covers Colorado politics and the courts for The Denver Post."
     */
    private static final Pattern WRITER_BEAT = Pattern.compile(
            "^\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3} (?:covers|writes about|reports on) [^.!?\\n]{1,100} for (?:[Tt]he )?\\p{Lu}[^.!?\\n]{1,60}\\.$");

    /**
     * A reporter's name and role, alone on a line: "Harriet Callow-Stead, Technology and Telecoms Correspondent", "Jane
     * Doe, Senior Political Editor".
     */
    private static final Pattern NAME_ROLE_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3},\\s*(?:[\\p{L}&-]+ ){0,5}"
                    + "(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Cc]ommentator)$");

    /** A reporter's role and outlet between middle dots: "Sports reporter·NZ Herald·". */
    private static final Pattern ROLE_DOT_OUTLET = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,3}\\s*\u00b7\\s*\\p{Lu}[\\p{L} .&]{1,30}\u00b7?$");

    /** The agencies a report drew on, alone on a line at its foot: "REUTERS, AFP". */
    /**
     * A news agency alone on a line, credited under a byline or at the story's foot: "(AAP)", "PA", "EFE"; and dpa's
     * sign-off of desk codes, "dpa kes yyzz n1 hcb". Named agencies only: a lone acronym may be a section ("NEWS").
     */
    private static final Pattern AGENCY_ALONE = Pattern.compile(
            "^[(\\[]?(?:AP|AFP|PA|EFE|AAP|dpa|DPA|ANSA|UPI|PTI|IANS|ANI|Reuters|Xinhua|Kyodo|Yonhap|Bernama|Anadolu|TASS|IRNA|WAM|SPA"
                    + "|KUNA|MENA|Belga|ANP|CTK|PAP|MTI|Agerpres|Lusa|NAN|KNA|APA|AA)[)\\]]?$|^dpa(?: [a-z0-9]{1,6}){1,8}$");
    private static final Pattern AGENCIES_LINE = Pattern.compile("^(?:[-\u2013\u2014]\\s?)?\\p{Lu}{2,10}(?:(?:,\\s?|/)\\p{Lu}{2,10}){1,4}$"
            + "|^\\p{Lu}{2,6}/(?:Lusa|Reuters|Xinhua|Anadolu|Bernama|Kyodo|Yonhap)$");

    /** A time-stamp line may hold two stamps: "Updated October 16, 2023 at 3:21 p.m. EDT|Published October 16, …". */
    private static final int MAX_TIME_LINE = 140;
    /** The reporter's place on its own line under the byline: "in Manila". */
    private static final Pattern IN_PLACE_LINE = Pattern.compile("^in \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}$");
    /** "Madrid - Jul 24, 2023 - 00:52 CEST", "Politics  29 June 2022 18:47 (UTC +04:00)": a place or section, a dash or gap, a stamp. */
    private static final Pattern PLACE_BEFORE_TIME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?(?:\\s+[-\u2013\u2014\u25cf\u2022\u00b7|]\\s+| {2,}|\\t)");
    /** The parts of a one-line byline: "Kaitlyn Brennan · CBC News · Posted: Aug 17, 2023 4:02 PM MDT | Last Updated: …". */
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s+[\u00b7\u2022|/]\\s+|\\||\\s{3,}");
    /** The same line's parts split at commas too: "Wednesday June 14 2023, 12.01pm, The Times". */
    private static final Pattern STAMP_PARTS = Pattern.compile("\\s+[\u00b7\u2022|/]\\s+|\\||,\\s+");
    /** A name with its social handle: "Dana Whitlock-Osei @dwhitlockosei". */
    private static final Pattern NAME_WITH_HANDLE = Pattern.compile("^(.{3,40}?)\\s+@\\w{2,30}$");

    /** A page's stamp says the year or the hour ("Rowing - 11-14 August" in a list of events does neither). */
    private static final Pattern YEAR_OR_HOUR = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}[:.]\\d{2}\\b");

    static boolean isPlacedTimeStamp(String line) {
        Matcher place = PLACE_BEFORE_TIME.matcher(line);
        if (!place.find()) {
            return false;
        }
        String rest = line.substring(place.end());
        return YEAR_OR_HOUR.matcher(rest).find() && isTimeStamp(rest);
    }

    /** Names, outlets and time stamps between dots or bars, at least one of each kind of name and stamp. */
    static boolean isBylineWithTime(String line) {
        if (namesAndTime(BYLINE_PARTS.split(line)) || namesAndTime(STAMP_PARTS.split(line))) {
            return true;
        }
        Matcher stamped = BYLINE_THEN_STAMP.matcher(line);
        return stamped.matches() && BYLINE.matcher(stamped.group(1)).matches() && isTimeStamp(stamped.group(2));
    }

    /** "By Jane Doe published July 1, 2023", "by Jane Doe - 12/15/22 2:31 PM ET": a byline and its stamp on one line. */
    private static final Pattern BYLINE_THEN_STAMP = Pattern.compile(
            "^([Bb]y .{3,60}?)(?: [-\u2013\u2014|] | )((?:last )?(?:published|updated|posted) .{4,40}|\\d[^\\n]{4,40})$");

    /** A page's count of readers, between its stamp and byline: "Views: 21,408", "12,500 views". */
    private static final Pattern VIEW_COUNT = Pattern.compile("(?i)(?:views?|reads?):\\s*[\\d,.]{1,12}k?|[\\d,.]{1,12}k? (?:views|reads)");

    /** Whether the parts are time stamps and names or outlets, at least one of each. */
    private static boolean namesAndTime(String[] parts) {
        if (parts.length < 2) {
            return false;
        }
        boolean time = false;
        boolean name = false;
        for (String part : parts) {
            String p = part.strip();
            Matcher handle = NAME_WITH_HANDLE.matcher(p);
            if (handle.matches()) {
                p = handle.group(1);
            }
            if (isTimeStamp(p) || isPlacedTimeStamp(p)) {
                time = true;
            } else if (p.length() <= MAX_SHORT_LINE && (PAGE_CONTROL.matcher(p).matches() || VIEW_COUNT.matcher(p).matches())) {
                continue; // "0 Comments", "Views: 21,408"
            } else if (p.length() <= MAX_SHORT_LINE && BYLINE.matcher(p).matches()) {
                name = true; // "By Inês Carvalhal-Boyd, in News"
            } else if (p.length() <= 40 && (NAMES_ABOVE_TIME.matcher(p).matches() || OUTLET_LINE.matcher(p).matches())) {
                name = true;
            } else {
                return false;
            }
        }
        return time && name;
    }

    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december");
    /** Words a page's time stamp is made of, besides months and numbers: "Published 3 hours ago", "Updated 6:12 AM GMT". */
    private static final Set<String> TIME_WORDS = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a.m", "p.m",
            "gmt", "bst", "utc", "cet", "cest", "eet", "est", "edt", "pst", "pdt", "msk", "ago", "hour", "hours", "minute",
            "minutes", "min", "mins", "day", "days", "week", "weeks", "updated", "published", "posted", "modified", "first",
            "last", "on", "at", "share", "save", "et", "ct", "pt", "mt", "cst", "cdt", "mst", "mdt", "ast", "jst", "kst",
            "ist", "pkt", "gst", "ict", "wib", "sgt", "hkt", "aest", "aedt", "awst", "nzst", "nzdt", "wat", "cat", "eat", "sast",
            "eest", "wet", "trt", "irst", "azt", "almt", "read", "issued", "originally", "uk", "about", "update", "today", "yesterday", "myt", "pht", "-", "\u2013", "\u2014");
    /** Of those, the ones that make a line a time stamp (a lone "on" or "at" does not). */
    private static final Set<String> TIME_MARKERS = Set.of("updated", "published", "posted", "modified", "ago", "share");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9:./+-]*(?:st|nd|rd|th|am|pm|h)?|(?:gmt|utc)[+-][0-9]{1,2}");

    /**
     * A line made only of a page's time-stamp words: "Published 3 hours ago", "Updated 6:12 AM GMT, February 23, 2025",
     * "Wed 27 Aug 2025 20.55 BST", "17 July", "Share". Story text always holds some other word.
     */
    static boolean isTimeStamp(String line) {
        boolean marker = false;
        for (String word : line.toLowerCase(Locale.ROOT).split("[\\s,|/\u00b7\u2022\u22c5\u25cf]+")) {
            if (word.length() > 2 && word.charAt(0) == '(' && word.endsWith(")")) {
                continue; // "at 6:52 pm (Paris)": the place of the clock
            }
            String w = word.replaceAll("^[(\\[]+|[.):;\\]]+$", "");
            if (w.isEmpty() || w.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // "19:58 / 19.05.2023 (eye icon) 11,752": a page's icons between its stamps
            }
            if (NUMBER.matcher(w).matches() || MONTHS.contains(w)) {
                marker = true;
            } else if (TIME_WORDS.contains(w)) {
                marker |= TIME_MARKERS.contains(w);
            } else {
                return false;
            }
        }
        return marker;
    }

    /** Whether [start, end) of the body touches furniture other than a dateline's place. */
    public boolean hides(int start, int end) {
        for (Range r : hidden) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body as the summary reads it: furniture and the datelines' places blanked out, so a dateline in any case
     * ("Almaty (AFP) –") never opens the summary.
     */
    public String summaryText(String body) {
        char[] chars = storyText(body).toCharArray();
        for (Dateline d : datelines) {
            for (int i = d.start(); i < d.end() && i < chars.length; i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The body with furniture blanked out (same length, so offsets stay valid), dateline places kept. */
    public String storyText(String body) {
        char[] chars = body.toCharArray();
        for (Range r : hidden) {
            for (int i = r.start(); i < r.end() && i < chars.length; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** "NEW YORK" -> "New York", "ST. LOUIS" -> "St. Louis". */
    static String usualCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '.';
        }
        return out.toString();
    }
}
