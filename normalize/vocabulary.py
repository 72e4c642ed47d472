"""Named vocabularies and thresholds of the chrome classifier: data, kept in one place."""

from __future__ import annotations

import re

# HTML elements whose content is never article text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
                       "canvas", "select", "option", "button", "input", "textarea", "map"})
# Block-level elements: each starts a new segment.
BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                        "figcaption", "pre", "td", "th", "dt", "dd", "section", "article", "main",
                        "header", "footer", "nav", "aside", "ul", "ol", "dl", "table", "tr",
                        "figure", "form", "address", "caption", "center", "hr", "body"})
# Elements that are chrome by their tag, with the reason recorded when they are removed.
CHROME_TAGS = {"nav": "navigation", "footer": "footer", "aside": "related-links", "form": "widget",
               "menu": "navigation"}


def lower_case(source: str) -> re.Pattern[str]:
    """`source` compiled to search lower-cased text: two to three times faster than a case-blind
    search of the text as it is. Its letters must be lower case (escapes such as \\S aside)."""
    if any(ch.isupper() for ch in re.sub(r"\\.", "", source)):
        raise ValueError(f"pattern for lower-cased text has upper-case letters: {source!r}")
    return re.compile(source)


def any_of(patterns: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str]:
    """One pattern, for lower-cased text, matching wherever any of `patterns` does: a single
    search rejects most texts before the reason is looked for pattern by pattern."""
    return lower_case("|".join(f"(?:{p.pattern})" for p, _ in patterns))


def class_words(words: str) -> re.Pattern[str]:
    """A pattern finding any of `words` as a whole word of a lower-cased class/id string,
    where words are set apart by "-", "_" or a space. The boundary is written once, around
    all the words, and the case is folded before matching: several times faster than a
    case-blind boundary group around each word."""
    return re.compile(rf"(?:^|(?<=[-_ ]))(?:{words})(?=[-_ ]|$)")


# class/id words that mark a container as chrome, with the reason. German themes name
# advertising "werbung"/"anzeige"; "cta" is a call to action; an "author" box holds the
# writer's bio, or the name that classify.dom_chrome makes the byline. Glued forms
# ("authorInfo", "commentslist") are listed apart: the words must stand between separators.
_CHROME_CLASS_WORDS = (
    ("menu|nav|navbar|navigation|breadcrumbs?|topbar|pagination|pager", "navigation"),
    ("share|sharing|social|addthis|sharethis|action-?bar", "share"),
    (r"related|more-?stories|recommend\w*|read-?more|tin-?lien-?quan|read-?also|see-?also|more-?links|"
     r"next-?(post|story|article)s?|prev(ious)?-?(post|story|article)|post-?list|list-?posts|teasers",
     "related-links"),
    ("footer|copyright|site-?info|postmetadata|disclaimer", "footer"),
    ("comments?|disqus|replies|comments?list|nocomments", "comments"),
    (r"authors?|author(box|bio|info|description|details|profile|card|area|section)|about(the)?author|"
     r"biography|saboxplugin|profile-descr", "author-bio"),
    (r"sidebar|widget|newsletter\w*|subscribe|cookie|consent|popup|popmake|modal|paywall|cta|buy-?box|donat\w*",
     "widget"),
    (r"ads?|advert\w*|sponsor\w*|promo|banner|dfp|werbung\w*|anzeige\w*|affiliate\w*", "advertisement"),
    ("tags|tag-?list|tag-?cloud|topics", "navigation"),
)
CHROME_CLASS_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (class_words(words), reason) for words, reason in _CHROME_CLASS_WORDS)
ANY_CHROME_CLASS = class_words("|".join(words for words, _ in _CHROME_CLASS_WORDS))

# A page of HTML with no heading takes a line for its title only when it is worded as the title
# its head declares: inside it, or this near it (difflib's ratio), and this long at least
TITLE_DECLARED_RATIO = 0.8
MIN_DECLARED_TITLE_CHARS = 8

# the accounts a CMS publishes under, which a page declares as its author: no one's name
CMS_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "publisher", "root", "superuser",
                          "editor", "author", "guest", "quản trị viên", "quản trị"})
# schema.org types a page's JSON-LD gives its article as (see linkeddata): the kinds of Article
# news and blogs use, and the WebPage a graph may describe it as instead
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
                           "LiveBlogPosting", "BlogPosting", "TechArticle", "ScholarlyArticle",
                           "Report", "WebPage"})

# WordPress names the post a page shows in its <body>'s classes ("postid-1806") and every post
# it sets out in a container's ("post-1806"): a container of another post is a teaser.
PAGE_POST_CLASS = re.compile(r"(?:^|\s)postid-(\d+)(?=\s|$)")
POST_CLASS = re.compile(r"(?:^|\s)post-(\d+)(?=\s|$)")

# class/id words that mark a container as the article's own.
CONTENT_CLASS_WORDS = class_words(
    r"article|content|story|post|entry|body-?text|article-?body|post-?body|"
    r"entry-?content|main-?content|news-?content|detail|text-?content|chi-?tiet|noi-?dung")

# class/id words that mark a photo's caption ("wp-caption-text", "figure__caption",
# "PhotoCMS_Caption"); not a page's setting ("wp-featherlight-captions" on its <body>)
CAPTION_CLASS = class_words("caption")

# Headings that open readers' comments, in the languages of the benchmark.
# The plural and the calls to write one open nothing else; the singular (and "Discussion")
# also heads an article's own commentary ("Komentarz" in a Polish analysis).
_COMMENT_SECTION_WORDS = (
    r"comments|reader comments|top rated comments|leave a (reply|comment)|post a comment|"
    r"add a comment|kommentare|kommentar schreiben|leserkommentare|comentarios|commentaires|"
    r"komentarze|comentários|commenti|bình luận|ý kiến bạn đọc|ý kiến|nhận xét")
_COMMENT_SINGULAR = r"comment|kommentar|comentario|commentaire|komentarz"
_COMMENT_WORDS = rf"{_COMMENT_SECTION_WORDS}|{_COMMENT_SINGULAR}|discussion"
# Headings that open teaser lists: related, recommended, most read.
_VIETNAMESE_RELATED = (
    r"tin liên quan|tin khác|bài viết liên quan|bài liên quan|tin cùng chuyên mục|cùng chuyên mục|"
    r"tin nổi bật|tin nóng|tin mới( nhất)?|xem nhiều nhất|đọc nhiều nhất|xem thêm|đọc thêm|"
    r"tin đã đưa|các tin khác|tin tức khác|bài viết khác")
_RELATED_WORDS = (
    r"related( articles| stories| posts| news| content)?|more (stories|from|news|on this)|"
    r"read more|recommended( for you)?|you (may|might) (also )?(like|enjoy)|(see|read) also|"
    r"also read|trending|most (read|popular|viewed)|popular (now|stories)|"
    r"(das )?könnten? (sie|dich|euch) auch interessieren|ähnliche (artikel|beiträge)|mehr zum thema|"
    r"weitere artikel|lesen sie auch|auch interessant|meistgelesenen?|"
    r"(también )?te (puede|podría) interesar|artículos relacionados|noticias relacionadas|"
    r"lo más leído|vous (aimerez|pourriez aimer)( aussi)?|(a|à) voir aussi|(à )?lire aussi|"
    r"sur le même sujet|les plus lus|(você )?(também )?(pode|poderá) gostar|leia também|"
    r"veja também|notícias relacionadas|mais lidas|potrebbe (interessarti|interessarvi)|"
    r"ti potrebbe interessare|leggi anche|może cię (też |także )?zainteresować|"
    r"czytaj (także|też)|zobacz (też|także)|najczęściej czytane|"
    + _VIETNAMESE_RELATED)


def _heading_pattern(words: str, closers: str = ":.…!") -> str:
    """A line that is only one of `words`, maybe counted ("Comments (12)") or closed by some
    of `closers`."""
    return rf"^(\d+\s+)?({words})\s*(\(\d+\))?\s*[{closers}]*$"


def _heading(words: str) -> re.Pattern[str]:
    return re.compile(_heading_pattern(words), re.I)


# Long text that is not the article follows a comments heading.
COMMENT_HEADINGS = _heading(_COMMENT_WORDS)
# ... and surely one of these ("Top Rated Comments", "1 Comment"): the article never goes on
# past it, however much like running text the comments read.
COMMENT_SECTIONS = re.compile(
    rf"{_heading_pattern(_COMMENT_SECTION_WORDS)}|^\d+\s+({_COMMENT_SINGULAR})\s*$", re.I)
# The line over a reader's comment: "jbaxt says:", "Milan on September 12, 2018 at 4:47 pm said:".
# A name of a few words, or any words with a date in them; the verb closes the line with a colon
# (an article's "Obama also said:" has more words and no date).
COMMENT_AUTHOR = re.compile(
    r"^(?:[^\s,;:]+(?:\s+[^\s,;:]+){0,3}|(?=.*\d).{1,80})\s+(?:says|said|wrote|writes|sagt|sagte|"
    r"schrieb|schreibt|meint|dit|a dit|a écrit|dice|dijo|escribió|diz|disse|escreveu|napisał|"
    r"napisała|scrive|ha scritto)\s*:$", re.I)
MAX_COMMENT_AUTHOR_WORDS = 16
# The line over readers' comments that counts them and names the post: "11 responses to “…”",
# "4 thoughts on “15 Jahre …”", "3 Gedanken zu „…“".
COMMENT_COUNT = re.compile(
    r"^(\d+|one|two|three|ein|eine|zwei|drei) (thoughts?|responses?|repl(y|ies)|comments?|"
    r"gedanken|antworten|kommentare?) (on|to|zu|auf) [\"“„«'‘]", re.I)
# Headings that end an article (see classify.main_region): comments, related, more. Searched in
# lower-cased text.
# A related heading may also say what it lists and where from: "Most read in World", "Die
# meistgelesenen Artikel bei SWR.de/Sport", "Mehr zum Thema auf UEPO.de".
_RELATED_HEADING = _heading_pattern(
    r"((the|die|der|les|los|las|os|as|i|gli|le)\s+)?"
    rf"({_RELATED_WORDS})(\s+(articles?|stories|news|posts?|artikel|beiträge|nachrichten|themen|"
    r"notizie|noticias|notícias))?(\s+(on|at|in|bei|auf|von|im|aus|de|du|sur|en|na|w|em|no|da|"
    r"do|su|della|del)\s+\S.{0,40})?", closers=":.…!»")
REGION_BARRIERS = lower_case(f"{_heading_pattern(_COMMENT_WORDS)}|{_RELATED_HEADING}")
MAX_BARRIER_WORDS = 8  # no barrier heading is longer: longer blocks are not searched

# A share bar's buttons in the benchmark's languages.
_SHARE_BUTTON = (r"(teilen|twittern|tweeten|mitteilen|weiterempfehlen|empfehlen|drucken|e-mail|"
                 r"whatsapp|pinterest|linkedin|xing|flipboard|reddit|telegram|"
                 r"(mit (freunden|anderen)|artikel|beitrag|seite|jetzt) teilen|"
                 r"partager|imprimer|compartir|imprimir|compartilhar|condividi|stampa|udostępnij|"
                 r"drukuj|wyślij)")

# The words a share button's line may hold besides its first (see CHROME_LINES): networks,
# buttons, counts, and what is shared where ("Chia sẻ bài viết này lên Facebook", "Share this
# story via email").
_SHARE_WORD = (r"(\w*(share|facebook|twitter|tweet|mail|print|zalo|pinterest|linkedin|whatsapp|"
               r"telegram|messenger|reddit|tumblr|instagram|youtube|google|xing|flipboard|pocket|"
               r"copy|link|url|sharing)\w*|close|extra|send|text|message|sms|pin|recipe|"
               r"this|it|the|a|an|to|on|via|by|with|and|or|for|me|us|your|our|"
               r"article|story|post|page|friends?|now|options?|chia|sẻ|bài|viết|này|lên|qua|với|"
               r"bạn|bè|ngay|trang|liên|kết|mạng|xã|hội|in|gửi|lưu|sao|chép|rss|teilen|drucken|"
               r"senden|artikel|beitrag|seite|partager|imprimer|compartir|imprimir)")

# A tag box's label ("Schlagwörter:", "Từ khóa:"), and a poll's button ("Biểu quyết", "Vote"):
# words both CHROME_LINES and the boxes' own patterns below (TAG_LABEL, POLL_BUTTON) read
_TAG_WORDS = r"tags?|schlagw[öo]rter|stichw[öo]rter|etiquetas|mots-cl[ée]s|tagi|từ kh[óo]a|từ khoá"
_TOPIC_WORDS = r"chủ đề|sự kiện"  # a box of topic links' label: only alone on its line
_POLL_BUTTONS = r"biểu quyết|bình chọn|vote|abstimmen|votar|voter"

# "Read also: <a teaser's headline>" set between an article's paragraphs: chrome, which counts for
# nothing in the article's run (it must not cut the article there).
_READ_ALSO = (r"^(xem thêm|đọc thêm|read (also|more)|see also|also read|lesen sie (auch|mehr)|"
              r"mehr (dazu|zum thema)|auch interessant|lea (también|más)|l[eé]a más|"
              r"(le|te) puede interesar|lire aussi|à lire aussi|voir aussi|leggi anche|"
              r"czytaj (też|także|więcej)|zobacz (też|także)|leia (também|mais)|veja (também|mais)|"
              r"lea|puedes ver|mira|ver (también|más)|weiterlesen|lies auch|dowiedz się (więcej|też)|"
              r"przeczytaj (też|także|również)|à lire (aussi|également))\s*[:»]")
READ_ALSO = re.compile(_READ_ALSO, re.I)

# Text-dump lines that are chrome by their wording, with the reason. Matched on folded text.
CHROME_LINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), reason) for pattern, reason in (
        # a share button, maybe with the network, a count or what it shares, but not a headline
        # or a sentence opening with the word ("Facebook phạt 1 tỷ USD", "Chia sẻ với phóng
        # viên, ông …", "Share Bluetooth between Mac and Windows"): three other words say so
        (rf"^(chia sẻ|share|tweet|in (bài( viết)?|trang)|print|gửi email|email|facebook|zalo|"
         rf"google bookmarks|bookmark|lưu bài|copy link|sao chép liên kết)([\s:|,]|$)"
         rf"(?!(.*?\b(?!{_SHARE_WORD}\b)[^\W\d_]{{2,}}\b){{3}})", "share"),
        # a line of share buttons and nothing else: "Weiterempfehlen Drucken", "Mit Freunden teilen"
        (rf"^{_SHARE_BUTTON}([\s|,·•/]+{_SHARE_BUTTON})*!?$", "share"),
        (r"^(thống kê truy cập|(số )?lượt (truy cập|xem|đọc)|đang (online|truy cập)|hôm nay|hôm qua|"
         r"trong tuần|trong tháng|tất cả|tổng (số )?(lượt( truy cập)?|truy cập)|số lượt|visitors?|online)"
         r"\s*:?\s*[\d .,]*$", "counter"),
        # an estimate of reading time: "Lesezeit: ca. 3 Minuten", "4 Min. Lesedauer", "5 min read"
        (r"^((tempo de leitura|reading time|read time|lesezeit|lesedauer|temps de lecture|"
         r"tiempo de lectura|czas czytania|thời gian đọc)\s*:?\s*(ca\.\s*)?\d+\s*\w*\.?|"
         r"\d+\s*(min|mins|minutes?|minuten|minutos|minuty|phút)\.?\s*(read|reading|lesezeit|"
         r"lesedauer|de leitura|de lectura|de lecture|czytania|đọc))$", "counter"),
        # a photo gallery's counter: "Image 1 of 5", "Bild 2 von 10"
        (r"^(image|photo|picture|slide|bild|foto|imagen|zdjęcie)\s+\d+\s+(of|von|de|sur|di|z)\s+\d+$",
         "counter"),
        (r"^(fax|email|e-mail|website|hotline|copyright|©)", "footer"),
        # a site's contact and licence lines, labelled so ("Địa chỉ: …", "Giấy phép số 123/GP",
        # "Bản quyền thuộc …", "ĐT: 024 …"); a line merely opening with the words is a headline
        # or a sentence ("Giấy phép lái xe sẽ …", "ĐT Việt Nam thắng đậm Lào 4-1", "Địa chỉ đỏ …")
        (r"^((địa chỉ|điện thoại|giấy phép|trưởng ban biên tập|tổng biên tập|tòa soạn|toà soạn|"
         r"phó tổng biên tập|chịu trách nhiệm|chức vụ|cơ quan chủ quản|bản quyền)"
         r"((\s+[^\s:]+){0,4}\s*:|\s*$|\s+(số|thuộc|©|\(c\)|[\d(+]))|"
         r"(đt|đt\s*/\s*fax)\.?\s*(:|[\d(+])|giấy phép.*\d\s*/\s*gp)", "footer"),
        (r"^(ghi rõ nguồn|không được sao chép|mọi hình thức sao chép|"
         r"chung nhan tin nhiem mang|chứng nhận tín nhiệm mạng)", "footer"),
        (r"^(đăng nhập|đăng ký|đăng xuất|login|sign in|log in|register|tìm kiếm|search|"
         r"trang chủ|home|liên hệ|contact|sitemap|rss|về đầu trang|lên đầu trang|back to top)$",
         "navigation"),
        # a link to the previous or the next post: "← Older posts", "Nächste →", "← Aachen 1933"
        (r"^(←|.*→$)", "navigation"),
        # pagination "1 2 3 4 5 ...", but not a date in figures ("04.05.2022": a dateline)
        (r"^(?!.*\b\d{1,2}\.\s*\d{1,2}\.\s*(19|20)\d\d\b)[\d\s.…>»«<|]+$", "navigation"),
        (r"^-?\d+([.,]\d+)?\s*°?\s*[cf]$", "widget"),  # a weather widget's temperature
        # a video player's, and its clock at the start ("00:00": a time alone, the other half of
        # a date set on two lines, is seldom midnight)
        (r"^((video )?đang phát|now playing|jetzt läuft|0?0:00)$", "widget"),
        # a player reading the article aloud, the text size, a photo viewer's buttons
        (r"^(nghe bài( viết)?|nghe tin|giọng (nữ|nam)( miền (bắc|trung|nam))?|tốc độ đọc|"
         r"(x|×)\s?\d([.,]\d+)?|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|cỡ chữ|a-?\s*a\s*a\+|"
         r"xem ảnh|phóng to|thu nhỏ|tải (app|ứng dụng)|báo lỗi|gửi góp ý)$", "widget"),
        # a photo gallery's counter as Vietnamese sites set it: "Ảnh 1/3"
        (r"^(ảnh|hình)\s+\d+\s*/\s*\d+$", "counter"),
        (r"^[\d.,]+\s+(lượt (xem|đọc|thích|chia sẻ)|views?|aufrufe)$", "counter"),
        # a poll's buttons: "Biểu quyết", "Xem kết quả", "Vote", "View results"
        (rf"^({_POLL_BUTTONS}|xem kết quả|view results|ergebnisse? (anzeigen|ansehen)|ver resultados|"
         r"voir les résultats)$", "widget"),
        # a pager: "Trang 1 2 3 Tiếp", "Page 1 2 Next", "Seite 1 2 3 weiter »"
        # (not a page alone: "Seite 17" quotes a book)
        (r"^(trang|page|seite|página)\s+\d+((\s+\d+)+(\s+(tiếp|sau|next|weiter|siguiente|suivante?))?|"
         r"\s+(tiếp|sau|next|weiter|siguiente|suivante?))\s*[»>›]*$", "navigation"),
        # a time stamp told relatively, as of when the page was copied: "2 giờ trước", "3 hours ago"
        (r"^((\d+|một|an?|one)\s+(giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|seconds?|mins?|minutes?|"
         r"hours?|hrs?|days?|weeks?|months?|years?)\s+(trước|ago)|vor\s+(\d+|einer?)\s+(sekunden?|"
         r"minuten?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)|(il y a|hace|há)\s+\d+\s+\w+)$",
         "widget"),
        (r"^(quảng cáo|advertisement|advertising|sponsored|tài trợ|anzeige|publicidad|"
         r"publicité|pubblicità|reklama)\s*:?$", "advertisement"),
        (_heading_pattern(f"{_COMMENT_SECTION_WORDS}|gửi bình luận"), "comments"),
        (_READ_ALSO, "related-links"),
        # the same widgets on the benchmark's languages: newsletters, logins, feedback, tags
        (r"^((jetzt )?(zum )?newsletter( abonnieren| anmelden| bestellen)?|"
         r"sign up (for|to) (our|the)\b|subscribe( now| to (our|the) newsletter)?|"
         r"abonnez-vous|inscrivez-vous|suscr[ií]bete|zapisz się)", "widget"),
        (r"^(schon registriert|jetzt registrieren|hier einloggen|einloggen|anmelden|abmelden|"
         r"registrieren|mein konto|my account|se connecter|iniciar sesi[oó]n|zaloguj się)", "navigation"),
        (r"^(war (der|dieser|die|diese) (artikel|beitrag|seite|information) (nützlich|hilfreich)|"
         r"was this (article|page|information) (useful|helpful)|"
         r"cet article vous a-t-il été utile|¿te ha resultado útil|"
         r"(bài viết|thông tin|nội dung) (này )?có (hữu ích|giúp ích)( cho| với)?( bạn)? không)", "widget"),
        (r"^(kommentare (sind )?geschlossen|comments are closed|"
         r"die kommentarfunktion ist geschlossen)", "comments"),
        (rf"^({_TAG_WORDS}|themen)\s*:", "navigation"),
        (rf"^({_TOPIC_WORDS})\s*:$", "navigation"),  # a box of topic links, under its label
    ))

# A tag box's label alone on its line, its tags on the lines under it ("Từ khóa:", "Sự kiện:",
# "Schlagwörter:"); matched lower-cased
TAG_LABEL = re.compile(rf"({_TAG_WORDS}|keywords|{_TOPIC_WORDS})\s*:")
MAX_TAG_WORDS = 6  # a tag under a tag box's label: "Tin tức Hà Nội", "Giao thông"
MAX_TAGS = 12
# A poll's button ("Biểu quyết", "Vote") under its options ("Có", "Không") under its question
POLL_BUTTON = re.compile(_POLL_BUTTONS)
MAX_POLL_OPTIONS = 8
MAX_POLL_OPTION_WORDS = 8

# Any of them, searched in lower-cased text: one search rejects most lines before the reason is
# looked for. Longer lines are not searched.
ANY_CHROME_LINE = any_of(CHROME_LINES)
MAX_CHROME_LINE_WORDS = 15

# A skip link, the first line a browser copies of many pages ("Skip to main content", "Zum
# Inhalt springen"): navigation, and never the title it stands above. Searched lower-cased.
# (Not one of CHROME_LINES: those are a feature of the block model, trained without it.)
SKIP_LINK = lower_case(
    r"^((skip|jump) to\b.{0,40}|skip (navigation|links?)|"
    r"(direkt )?zu[mr] (haupt)?(inhalt|navigation|hauptnavigation|suche|menü|startseite|"
    r"sitemap)( springen| wechseln| überspringen)?|springe? zu[mr] (inhalt|navigation|suche)|"
    r"inhalt anspringen|(aller|passer) (au|à la) (contenu|menu|navigation)( principale?)?|"
    r"(saltar|ir) (a|al) (contenido|navegación|menú)( principal)?|"
    r"przejdź do (treści|menu|nawigacji|wyszukiwarki)|"
    r"(vai|passa|salta) al (contenuto|menu)( principale)?|(pular|ir) para o (conteúdo|menu)"
    r"( principal)?|(bỏ qua|chuyển (đến|tới)|đi (đến|tới)) (nội dung|điều hướng)( chính)?)$")
SKIP_LINK_WITHIN = 40  # blocks from the top: where skip links stand (on the benchmark, 318 of 334)

# A cookie-consent banner ("Diese Website verwendet Cookies…", "We use cookies to…", "Notwendige
# Cookies", "Cookie-Einstellungen"): a site saying it uses cookies, a kind of cookie a banner
# lists, or cookies and the reader's consent in one breath. Not "cookie" alone: a recipe uses
# "a cookie scoop", "these cookies, everyone will agree". Matched on lower-cased blocks of at
# most MAX_CONSENT_WORDS words that hold "cookie"; on the benchmark's dumps it finds 285 lines,
# none of them in a gold text.
#
# who uses cookies, as a banner says it: "we use", "uses", "verwenden wir", "nous utilisons", …
_USES_COOKIES = (r"(uses|using|we( and our partners)? use|wir( und unsere partner)? (verwenden|nutzen|"
                 r"benutzen|setzen)|(verwenden|nutzen|benutzen|setzen|speichern) wir|verwendet|"
                 r"benutzt|nutzt|setzt|nous utilisons|utilise|utilizamos|utiliza|usamos|utilizziamo|"
                 r"utilizza|używamy|używa|wykorzystuje)")
CONSENT_NOTICE = lower_case(
    rf"\b{_USES_COOKIES}\b(\s+[\w&-]+){{0,4}}\s+(cookies|cookie-)|sử dụng (các )?cookie|"
    r"\bcookie-?(einstellungen|richtlinie|hinweis|banner|policy|settings|consent|präferenzen|"
    r"preferences|informationen)|(notwendige|erforderliche|essenzielle|necessary|essential|"
    r"nécessaires|necesarias|marketing|statistik|analytics?)[\w-]* cookies?\b|"
    r"cookies?\b.{0,80}\b(zustimm|einwillig|einverst|consent|paramétr|consentimiento|consenso|"
    r"zgod|chấp nhận|đồng ý)|(verwendung|nutzung|einsatz|use|utilisation|uso|użycie) (von |of |des "
    r"|de |di )?cookies|"
    r"\b(akzeptier|accept|acepta|aceitar|accetta)\w*\s+(alle\s+|all\s+|todas\s+las\s+|"
    r"tutti\s+i\s+)?cookies")
MAX_CONSENT_WORDS = 100
# The site's notices about the reader's browser, like a cookie banner the page's own wherever
# they stand: an outdated browser, JavaScript turned off, push notifications. Searched
# lower-cased, in blocks of at most MAX_CONSENT_WORDS words that hold one of BROWSER_WORDS (every
# wording does: looking for those words first is many times faster than the search).
BROWSER_WORDS = re.compile("browser|javascript|benachrichtigung|notifications")
BROWSER_NOTICE = lower_case(
    r"\b(?:you( are|'re) using an? (\w+ )?browser|(outdated|update your|veralteten?|ihrem?) browser|"
    r"(enable|activate|aktivieren sie|ohne) javascript|javascript (is )?(disabled|deaktiviert)|"
    r"benachrichtigung(en)? aktivieren|push-benachrichtigung|turn on (push )?notifications)")

# Headings that open a teaser list: everything after one at the article's end is chrome.
RELATED_MARKERS = _heading(
    f"{_VIETNAMESE_RELATED}|related( news| articles)?|more stories|read more|most read|recommended")

# "… - Ảnh 1": the image alt-text placeholder a dump shows where a photo was.
IMAGE_ALT = re.compile(r"\s[-–]\s*(ảnh|hình|photo|image)\s*\d+\.?\s*$", re.I)
# a photo's number alone on its line, where the page shows the photo: "Ảnh 1", "Hình 2"
IMAGE_NUMBER = re.compile(r"(ảnh|hình|photo|image|bild|foto)\s*\d{1,2}\.?", re.I)
MAX_PHOTO_CAPTION_WORDS = 40  # a caption under a photo's number at the article's end is no longer
# "<headline> ảnh 1": the same after another line of the page, no dash between.
IMAGE_ALT_BARE = re.compile(r"\s(ảnh|hình|photo|image)\s*\d+\.?\s*$", re.I)
# A caption credits its photographer: "… Ảnh: Thanh Bình." / "(Ảnh: PV)". The caption patterns
# search lower-cased text.
_CREDIT_TEXT = r"\S([^.]|\.(?=\S)){0,60}"  # a name or a web address: no sentence ends in it
# a photo credit standing alone, in the benchmark's languages: "Foto: Christof Stache", "(Ảnh: TTXVN)"
_CREDIT_ALONE = (r"\(?(ảnh|photo|photos|foto|fotos|bild|bilder|fotografía|źródło|zdjęcie|"
                 r"crédits? photos?|crédito|créditos|imagen|image|credits?|(image|photo) credits?)"
                 rf"\s*:\s*{_CREDIT_TEXT}\.?\)?$")
CREDIT_ALONE = lower_case(_CREDIT_ALONE)
PHOTO_WORDS = ("photograph", "photo", "picture", "image", "foto", "bild")  # that open "… by Name"
_PHOTO_BY = rf"({'|'.join(PHOTO_WORDS)})s? (by|von|de|par|di)\s"
# ... or follow a caption's last sentence: ". Photo by Name"
PHOTO_BY_CLOSING = re.compile(rf"[.!?]\s+{_PHOTO_BY}")
CAPTION_CREDIT = lower_case(
    rf"((\(|\.\s*|\s)(ảnh|nguồn ảnh|photo)\s*:\s*{_CREDIT_TEXT}\.?\)?\s*$)|"
    # a credit closing a caption after its last sentence: "… module. Credit: ESA"
    r"((\(|[.!?]\s+)(credit|crédito|image|imagen|imagem|foto|bild|photo|photograph|picture|"
    rf"fotografía|zdjęcie)\s*:\s*{_CREDIT_TEXT}\.?\)?\s*$)|"
    # a photo credit standing alone (CREDIT_ALONE)
    rf"(^{_CREDIT_ALONE})|"
    # a © credit, alone or closing a caption: "… in Pennsylvania © Noah Addis", "© CAE", "/ (C) Name"
    rf"((\(?©|\(c\))\s*{_CREDIT_TEXT}$)|"
    # "Photograph by Jeremy Holden, Fauna & Flora International", "Foto von Anna Muster", also
    # after the caption's last sentence ("… in Hanoi, November 2024. Photo by VnExpress/Giang Huy")
    rf"((^|[.!?]\s+){_PHOTO_BY}\s*{_CREDIT_TEXT}$)|"
    # the photographer's name and the agency in brackets closing a caption: "… (Manu
    # Fernandez/AP)" (not a writer's initials closing a report: "(ats/nxp)")
    r"(\(\s*[^\W\d_]+([ '.-]+[^\W\d_]+){1,3}\s*/\s*[^\W\d_]([^\W\d_]|[ .'&-]){0,40}\)$)")
CAPTION_PHRASE = lower_case(r"\btrong ảnh\b|\b(ảnh|hình) minh họa\b|"
                            # the scene of a meeting: "Quang cảnh hội nghị.", "Toàn cảnh buổi lễ"
                            r"^(quang|toàn) cảnh (hội nghị|hội thảo|đại hội|buổi|lễ|phiên|cuộc|"
                            r"tọa đàm|lớp|chương trình)\b|"
                            # a news agency's caption: "In this Dec. 12, 2006, file photo, …"
                            r"^(in )?this\b.{0,40}\b(photo|image|picture)"
                            r"(,| (taken|dated|provided|released|made|shows|from)\b)|"
                            # a numbered figure: "Abbildung 4: …", "Fig. 2. …"; a stock photo
                            r"^(abbildung|abb\.|figure|fig\.|grafik|rysunek|rys\.|figura)\s*\d+[a-z]?\s*[:.]\s|"
                            r"\((symbolbild|symbolfoto|archivbild|archivfoto)\)\.?$")
# A line that credits a photo agency or stock library, and says little else: "Getty Images",
# "AFP / MARCO BERTORELLO", "TebNad/Shutterstock.com", "Ảnh: Reuters". Searched lower-cased, in
# lines of at most MAX_AGENCY_CREDIT_WORDS words without a full stop at the end.
AGENCY_CREDIT = lower_case(
    r"\b(getty ?images|afp|reuters|associated press|ap photo|dpa|epa-efe|efe|ansa|pap|"
    r"xinhua|ttxvn|anadolu|imago|picture[ -]alliance|shutterstock|istock(photo)?|"
    r"adobe ?stock|unsplash|pixabay|pexels|alamy|fotolia|dreamstime|depositphotos|123rf|"
    r"clipdealer|wikimedia commons|public domain|domena publiczna)\b")
MAX_AGENCY_CREDIT_WORDS = 8
# CAPTION_CREDIT and CLOSING_CREDIT end the line and are shorter than this many characters: only
# a line's last CREDIT_TAIL are searched (a long caption's every sentence end is a place to try)
CREDIT_TAIL = 160
# A credit without the colon of CAPTION_CREDIT that closes a caption: an agency after its last
# sentence, alone or beside a photographer's name ("… pasado. EFE", "… supply chain. Mike
# Blake/Reuters files"), in brackets beside other names ("(REUTERS/Denis Balibouse)",
# "(mlharing / iStock.com)"), a Polish "Fot. Name / Agency", a Creative Commons licence. Not a
# sentence that goes on after the agency's name ("… Reuters reported."), nor the agency alone
# in brackets that closes a news story ("… angeboten. (dpa)"). Every branch opens on a
# character class, which lets the search skip ahead: two and a half times faster.
_AGENCY = AGENCY_CREDIT.pattern + r"(\.com)?"
_FOT = r"fot\.\s+[^.]{1,60}"
_LICENCE = r"cc[- ]by(-(nc|nd|sa))*(\s+\d\.\d)?"
CLOSING_CREDIT = lower_case(
    rf"(?:[.!?]\s+(([^.()/]{{1,40}}/\s*)?{_AGENCY}(\s*/\s*[^.()/]{{1,40}})?(\s+files?)?|{_FOT})"
    rf"|\((?=[^()]*/)[^()]{{0,40}}{_AGENCY}[^()]{{0,40}}\)|[\s(]{_LICENCE})\s*$")
CREDIT_LINE = lower_case(rf"(?:{_FOT}|{_LICENCE})\s*$")  # those two alone: matched at the start

# "Cập nhật lúc 10:47 ngày 13/08/2021", "Ngày đăng: 13/08/2021 10:47", "13/08/2021 - 10:47";
# in the benchmark's languages: "First published on …", "Veröffentlicht am …", "Publié le …",
# "Publiziert am …", "Erscheinungsdatum: …", "Postado em …", "Datum: …".
_DATED_WORDS = (
    r"(cập nhật|đăng|ngày đăng|đăng lúc|đăng ngày|xuất bản|thời gian|(vào )?lúc|published|updated|posted|"
    r"first published|last updated|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|"
    r"publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|"
    r"zaktualizowano|publiziert|erschienen|erscheinungsdatum|erstveröffentlichung|postado|"
    r"e-?published|date|datum|fecha)")
DATELINE_PREFIX = re.compile(rf"^{_DATED_WORDS}\b", re.I)
# ... and the same word between a byline's names and its date: "By Al Root Updated Nov. 19, 2019"
DATED_WORD_END = re.compile(rf"\s+{_DATED_WORDS}\s*:?\s*$", re.I)
# ... and its time, set before its date: "Đăng bởi Mây vào lúc 20:15, 03/11/2024", "… lúc
# 20:15 ngày 03/11/2024"
CLOCK_END = re.compile(r"\s*\b\d{1,2}[:h]\d{2}\s*(,|ngày)?\s*$", re.I)
# A time, maybe worded: "at 8:15 PM", "um 9.30 Uhr", "vào lúc 20:15", "lúc 8:15 SA" (sáng: a.m.;
# chiều: p.m.)
_WORDED_CLOCK = r"((at|um|à|lúc|vào lúc)\s+)?\d{1,2}[:h.]\d{2}\s*(am|pm|uhr|h|sa|ch)?"
# ... alone after a byline, a blog's date standing over its post: "Đăng bởi Lan vào lúc 20:15"
TIME_END = re.compile(rf"[\s,]+{_WORDED_CLOCK}\s*$", re.I)
# A view counter set after a dateline's date: "20/11/2024 08:15 Lượt xem: 1.234", "- 37 views"
COUNTER_AFTER_DATE = re.compile(r"(\s|^)((số )?lượt (xem|đọc|truy cập)\s*:|[\d.,]+\s+(lượt xem|views?|"
                                r"aufrufe)\b|(views?|aufrufe)\s*:)", re.I)
# ... and after its date: "Posted on January 5, 2020 at 10:30 am by John Smith"
CLOCK_START = re.compile(rf"^[\s,|·-]*{_WORDED_CLOCK}\b", re.I)
# where an article's date gives its time: a date there opening with its weekday and giving none
# is the header bar's date of today ("Thứ Sáu, 24/09/2021"; the article's: "Thứ hai, 13/9/2021,
# 10:30 (GMT+7)"). An English blog sets its post's date so ("Monday, November 18, 2019").
TODAY_BAR_LANGUAGES = frozenset({"vi"})
# ... but this many such lines, each a day later than the one before, are the days of a schedule
MIN_SCHEDULE_DAYS = 3
MAX_BARE_DATELINE_WORDS = 6  # a dated line this short needs no prefix: "November 19, 2019 at 8:40 AM"
_WEEKDAYS = r"(thứ (hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|monday|tuesday|wednesday|thursday|" \
    r"friday|saturday|sunday)\b"
WEEKDAY = re.compile("^" + _WEEKDAYS, re.I)
# a name set before a dated line's weekday, one line in a dump: "Hoàng Anh Thứ bảy, ngày
# 23/11/2024 10:15 AM (GMT+7)" (a place before a date is set apart by a comma: "Hà Nội, ngày …")
NAME_BEFORE_WEEKDAY = re.compile(r"^([^\W\d_][^\d,;:|()\n]{2,60}?) +(?=" + _WEEKDAYS + ")", re.I)
# A byline's role suffix: "Quang Vinh (thực hiện)", "Phương Linh (T/h)" (tổng hợp: compiled).
BYLINE_ROLE = re.compile(r"\s*\((thực hiện|tổng hợp|t/h|th|lược dịch|dịch|biên dịch|lược ghi|ghi|lược thuật|"
                         r"biên soạn|sưu tầm|st|(theo|nguồn:?) .{1,40}|ctv|pv)\)"
                         r"\s*$", re.I)
# A byline's opening, maybe after a mark of the site's: "By …", "// By …", "Written by …",
# "Gepostet von …" (not "geschrieben von …": a comment's header is worded so), "Tin, ảnh: …",
# "Tin: …"; also "By" glued to the name, as a dump copies two elements ("ByAlex Bozarjian").
BYLINE_PREFIX = re.compile(r"^[/|•·\s-]*(((bài|tin)(,| và) ảnh|bài|tin(?=\s*:)|tác giả|phóng viên|"
                           r"((đăng|viết) )?bởi|người (đăng|viết)|"
                           r"(written |posted |reported )?by|author|autor(in)?|(gepostet |verfasst )?von|"
                           r"(écrit )?par|(escrito |publicado )?por)\s*:?\s+|(?-i:By(?=[A-Z])))", re.I)
# The headings of an author's box, which read like a name ("About The Author", "Latest Posts",
# "Zur Person", "Alle Beiträge"): searched lower-cased in the box's short lines.
AUTHOR_BOX_HEADING = lower_case(
    r"\b(about|über|sobre|propos|author|autor|autorin|auteur|posts?|beiträge|artikel\w*|articles?|"
    r"more|mehr|latest|most|popular|person|kommentieren)\b")
# A part of a byline that names the writer's outlet, role or degree, not a person: "By Eric Song,
# IGN Staff", "By Troy L. Smith, Cleveland.com", "By: Ilana Muhlstein, MS, RDN".
BYLINE_OUTLET = re.compile(r"\.\w{2,3}$|\b(staff|writer|reporter|editor|correspondent|contributor|"
                           r"redaktion|rédaction|redacción)$|^((?-i:[A-Z]{2,4})|ph\.?\s?d\.?)$", re.I)
NAME_BY_DATELINE_WITHIN = 3  # a name alone by the dateline signs when this near under the title
# What sets a byline's names apart; after a byline's word ("By", "Von") also "and", "und", …
# (without one, "Terms and Conditions" would read as two names).
NAMES_APART = re.compile(r",|;|\s+và\s+|\s+[-–—]\s+|\s+&\s+")
MARKED_NAMES_APART = re.compile(rf"{NAMES_APART.pattern}|\s+(?:(?i:and)|und|et|y|e|i|oraz|en)\s+")
# The abbreviations a byline signed in capitals keeps so that hold a vowel (the news agency's
# English name): one without a vowel is no name's syllable, and stays ("NHÓM PV" is "Nhóm PV",
# "BTG", "CTV", "TTXVN").
BYLINE_ABBREVIATIONS = frozenset({"VNA"})
# What each of a marked byline's names did, before it ("Tin: Ngọc Hân; Ảnh: Quốc Huy").
NAME_CONTRIBUTION = re.compile(r"^(tin|bài|ảnh|video|clip|đồ họa|thiết kế|photos?|text|fotos?)\s*:\s*", re.I)
# What follows a marked byline's names and names none: the outlet the writer signs for ("By Tom
# Pyman for MailOnline"; one set apart by a bar, "By Amy Kuperinsky | NJ Advance Media", is cut
# off as a date is: BYLINE_DATE_APART), and what each did ("by Eleanor Ainge Roy (reporting) and
# Adrian Malloch (photography)").
BYLINE_FOR = re.compile(r"\s+(?i:for)\s.*$")
BYLINE_PART = re.compile(r"\s*\((reporting|photography|photos?|pictures|words|text|video|graphics|"
                         r"illustrations?|texte?|fotos?|bilder)\)", re.I)
# The writer's body or office after the name, in brackets or after a dash: "Ngọc Tâm (Ban Tuyên
# giáo Quận ủy)", "ThS. Trần Thị Mai - Trường Chính trị thành phố", "Lê Văn Hùng - Phó Trưởng
# Ban Tuyên giáo", "Minh Tâm - Văn phòng HĐND-UBND huyện" (a hyphen inside a word is no dash).
# It opens with the word for a body or an office, so "Hà Nội (Việt Nam)" stays no name; unlike a
# role, it marks no byline.
# the words a Vietnamese office's name opens with: a public body's, and an outlet's (a paper, a
# station, a portal, an agency)
_PUBLIC_OFFICE = (r"ban|trường|sở|phòng|trung tâm|viện|học viện|hội|văn phòng|bộ|ủy ban|ubnd|huyện ủy|"
                  r"quận ủy|thành ủy|tỉnh ủy|đảng ủy|công an|bảo tàng|thư viện")
_OUTLET = r"báo|đài|cổng|tạp chí|thông tấn xã|ttxvn"
_OFFICE = f"({_PUBLIC_OFFICE}|{_OUTLET})"
_BODY = (rf"({_OFFICE[1:-1]}|phó|trưởng|bí thư|chủ tịch|giám đốc|ủy viên|giảng viên|phóng viên|"
         r"chuyên viên|cán bộ|học viên|sinh viên|nghiên cứu sinh)")
# The agency a signature names after a slash: "Minh Anh/VOV.VN", "Hải Đăng/TTXVN", "Thu Hằng/
# VOV-Tây Bắc", "Jane Doe/AP": opening with two capitals; or the writer's paper or office, "Thanh
# Tùng/Báo Tin tức".
_CAPITAL = "(?=[A-ZĐỦ])"  # an office's word opens in one of these capitals: "Báo", "Đài", "Ủy ban"
_NAMED_OFFICE = rf"{_CAPITAL}(?i:{_OFFICE})\b"
BYLINE_AGENCY = re.compile(rf"\s*/\s*([A-ZĐ]{{2}}[\w.-]*(\s+[A-ZÀ-ỸĐ][\w.]*)*"
                           rf"|{_NAMED_OFFICE}[^/]{{0,40}})\s*$")
# A rank or a profession a Vietnamese writer signs with before the name, words in lower case a
# name has none of: "Đại tá Nguyễn Văn Cường", "Nhà báo Lê Minh", "Phó Giáo sư Trần Hùng".
NAME_HONORIFIC = re.compile(r"^((đại|thượng|trung|thiếu) (tướng|tá|úy)|nhà (báo|văn|thơ|nghiên cứu)|"
                            r"luật sư|bác sĩ|tiến sĩ|thạc sĩ|kỹ sư|(phó )?giáo sư|"
                            r"nghệ sĩ( nhân dân| ưu tú)?)\s+", re.I)
# A Vietnamese writer's degrees before the name, in capitals, maybe set apart by commas, which
# would read as a list of names: "PGS, TS NGUYỄN VĂN HÙNG", "PGS.TS. Lê Minh", "ThS Trần Lan".
NAME_DEGREES = re.compile(r"^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|NCS|BS|KS|LS)(?:\.|\s*,)?\s*)+(?=[^\W\d_])")
BYLINE_AFFILIATION = re.compile(rf"\s*\(\s*{_BODY}\b[^()]{{0,60}}\)\s*$|"
                                rf"\s+[-–—]\s+{_BODY}\b(?:[^-–—]|\b-\b){{0,60}}$", re.I)
# An office signing in a writer's place after a byline's word ("Tác giả: Phòng Nghiệp vụ Y", "Bài:
# Ban Tuyên giáo Tỉnh ủy"): the office's word in a capital, the rest of its name; one author (not
# a person's role: "Phó Giáo sư …").
BYLINE_OFFICE = re.compile(rf"{_NAMED_OFFICE}[^,;()/]{{0,60}}")
# A public office signing alone under an article, as a government portal's contributors do
# ("Ban Tuyên giáo Huyện ủy Cờ Đỏ", "Ủy ban nhân dân xã"), opening in a capital: not an outlet,
# which is a source, and a name of at most MAX_SIGNING_OFFICE_WORDS words.
SIGNING_OFFICE = re.compile(rf"{_CAPITAL}(?i:{_PUBLIC_OFFICE})\b[^,;:()/|.]{{0,60}}")
# A Vietnamese outlet, named by its kind: "Báo Cần Thơ", "Đài Phát thanh - Truyền hình Hậu Giang",
# "Tạp chí Tuyên giáo": alone under an article, the source, not a writer.
OUTLET_NAME = re.compile(rf"({_OUTLET}|truyền hình|phát thanh)\s", re.I)
MAX_SIGNING_OFFICE_WORDS = 12
# A Vietnamese article signed under its text with a writer's initials or a reporter's title, no
# name: "T.K", "N.T.H.", "Th.H", "PV", "Nhóm PV", "Nhóm phóng viên", "PV/VTV", "CTV"; several
# set apart ("T.K - H.A"). Each initial opens in a capital and holds at most three letters; at
# least two are set apart by dots ("TP.HCM" is a place).
_INITIALS = r"(?-i:[A-ZĐÂĂÊÔƠƯ][a-zđ]{0,2})(?:\.\s?(?-i:[A-ZĐÂĂÊÔƠƯ][a-zđ]{0,2})){1,3}\.?"
_REPORTER = r"(?:nhóm\s+)?(?:(?-i:PV|CTV|BTV)|phóng viên|cộng tác viên)(?:\s*/\s*(?-i:[A-Z]{2,6}))?"
SIGN_OFF = re.compile(rf"(?:{_INITIALS}|{_REPORTER})(?:\s*[-–,]\s*(?:{_INITIALS}|{_REPORTER}))*", re.I)
# A Vietnamese source credit: "Theo VnExpress", "Theo Báo Nhân Dân" name no writer, but "Theo Minh
# Anh/VOV.VN" names one with the agency.
SOURCE_CREDIT = re.compile(r"^theo\s+", re.I)
MAX_SOURCE_LINE_WORDS = 6  # "Theo Báo Quân đội nhân dân" alone on its line
# where the names of a byline that also gives the date end: "By Jane Doe - November 19", "By
# Jane Doe, Monday …", "By Jane Doe on 31. October", "By Jane Doe/June 12, 2020"
BYLINE_DATE_APART = re.compile(r"\s*(?:[|,/–—]|\s-\s|\s(?:on|am|vom)\s)\s*", re.I)

MAX_CHROME_SHARE = 0.3  # a container holding more of the page's text than this is not chrome
MAX_CHROME_SHARE_OF_ARTICLE = 0.95  # nor one holding nearly all of its <main>/<article>
NOSCRIPT_PAGE_SHARE = 0.5  # a <noscript> holding more of the page's text than this holds the page
MAX_CELL_CHARS = 200  # a table row whose cells are all this short (and hold no blocks) is data
TEXT_BODY_CHARS = 800  # a class-named container with this much text ...
TEXT_BODY_LINK_SHARE = 0.2  # ... and fewer link characters than this share holds running text

# Main-region scoring: how much a block reads like running text (see classify.main_region).
REGION_EDGE_SENTENCES = 1  # short sentences just after the region that join it
REGION_EDGE_PARAGRAPH = 0.5  # a paragraph scoring this past a short chrome line after the run joins it
# A call to the reader that closes an article's run but is the site's, not the article's: sign up
# for the newsletter, subscribe, follow us, get the app, join our channel, tell us in the
# comments; a paywall's offer, an embed's placeholder; an appeal for money; the post's filing
# line ("Filed under …"), its licence. (Not a copyright notice: AEB's gold keeps those.)
# Searched lower-cased, in blocks of at most MAX_PROMO_WORDS words (classify._promo); an
# article may word a sentence so too ("… to sign up for the program"), so inside the run such
# a line must be short and speak to the reader.
PROMO_LINE = lower_case(  # one word boundary before all wordings: four times faster than one each
    r"\b(?:newsletter|(subscribe|abonnieren|abonnez|suscr[ií]bete|assine|zasubskrybuj|zaprenumeruj)\b|"
    r"bereits abonnent|"
    r"(follow us|folgen sie uns|folge uns|s[ií]guenos|suivez-nous|seguici|siga-nos|obserwuj nas)\b|"
    r"sign up(\s+(for|to|now|here|today)\b|\s*$)|(jetzt registrieren|jetzt anmelden|inscrivez-vous|"
    r"zarejestruj)\b|"
    r"(download|herunterladen|laden sie)\b.{0,60}\bapp\b|app\b.{0,30}\b(herunterladen|downloaden)|"
    r"straight to your (phone|inbox)|"
    r"(telegram|whatsapp)[- ]?(kanal|channel)|canal de (telegram|whatsapp)|"
    r"(in den kommentaren|in the comments|dans les commentaires|en los comentarios)\b|"
    # a paywall's offer, and the placeholder of an embed the reader must agree to load
    r"already a subscriber|ich bin abonnent|möchten sie weiterlesen|registrieren und weiterlesen|"
    r"(read|view) the full (article|story)|instant access to|hazte (miembro|socio)|"
    r"externer inhalt|inhalt (von \S+ )?(zu )?laden\b|load (external )?content\b|"
    r"(support (our|independent) journalism|unterstützen sie (unseren|unabhängigen) journalismus)|"
    # an appeal for money, a subscription's terms
    r"support(ing)? our work|we rely on your support|ihr beitrag hilft|"
    r"first-time subscribers|cancel anytime|cancela cuando quieras|jederzeit kündbar|"
    r"ausgaben gratis|zapraszamy (też |także )?do (subskrypcji|prenumeraty)|einfach hier klicken|"
    # the post's filing line, its licence
    r"(^|(?<=[·|•] ))filed under|abgelegt unter|"
    r"licensed under (a |the )?creative commons|unter der lizenz cc|"
    r"submit a letter to the editor)")
# The site's notices that no article words so: an affiliate or advertising disclosure, the
# post's "was published in" line, a disclaimer, comment rules, an appeal for donations, a
# sign-up box's request and its consent. They go wherever they stand in the run, up to
# MAX_NOTICE_WORDS words long.
SITE_NOTICE = lower_case(
    r"\b(?:amazon (services llc )?associate|"
    r"affiliate[- ]((advertising|marketing) )?(links?|program\w*|partner\w*|provision|commission)|"
    r"we may (receive|earn) (a )?(compensation|commission)|"
    r"one or more of our advertisers|enthält werbung|eine provision vom|"
    r"this (entry|post) was posted in|"
    r"(dieser|der) (eintrag|beitrag|text|artikel) wurde .{0,80}veröffentlicht (und|in|unter)\b|"
    r"advertising disclaimer|advertisers do not influence|n'engagent que leurs auteurs|"
    r"materiał chroniony prawem|comments are moderated|comments under pseudonym|"
    r"we welcome reader comments|kommentare geschlossen|jede (kleine )?spende|"
    r"enter your e-?mail|(gib deine|geben sie ihre) e-mail|was passiert mit meinen daten|"
    r"(willige|erkläre) ich .{0,60}\bein\b|mit der verarbeitung meiner daten)")
MAX_PROMO_WORDS = 60
MAX_NOTICE_WORDS = 120  # a site's notice may be longer: a disclosure, a newsletter's consent
# A short call to share or comment on the article, said to the reader ("Möchten Sie den Artikel
# teilen?", "Be Sociable, Share!", "Wenn Sie diesen Blogeintrag kommentieren möchten, …"): a
# promo line too when it speaks to the reader or ends in "!" or "?" ("Their market share fell."
# does neither). The share bar's own words and more; searched lower-cased in blocks of at most
# MAX_CALL_WORDS words.
SHARE_OR_COMMENT_CALL = lower_case(
    rf"\b({_SHARE_BUTTON}|share|teile|partagez|comparte|compartilhe|"
    r"kommentieren|kommentiere|comment|commenter|commentez|comentar|comenta|skomentuj)\b")
MAX_CALL_WORDS = 15
# A call to follow a writer or a site on a network ("Folge Oliver Baroni auf Facebook", "Join us on
# Facebook", "S'abonner à la page Facebook de Regards"): never a headline, though an article may end
# on one (AEB's gold keeps "Follow him on Twitter @…"), so it is no promo line. The button may
# name the site without the verb ("Tiền Phong trên Google News"), but only Google News: a line
# of a few words "on Facebook" may be a heading. (The lookahead spares the lines that do not name
# it the search for the words before it: without it, line_chrome took a third longer.)
_FOLLOW = r"follow|folge|folgen|suivre|suivez|seguir|segui|obserwuj|theo dõi"
FOLLOW_CALL = lower_case(
    rf"^({_FOLLOW}|join|rejoignez|[úu]nete|s[ií]guenos|s'abonner|abonniere)\b.{{0,100}}"
    r"\b(facebook|twitter|instagram|youtube|linkedin|pinterest|tiktok|xing|mastodon|threads|"
    r"google news|zalo)\b|^(?=.{0,60}google news)[^.!?:]{1,40}\s(trên|on|auf|sur|en|em|na)\s+google news\b")
# A button to follow a writer, alone on its line by the byline (a blog platform's), lower-cased.
FOLLOW_BUTTON = re.compile(rf"\+?\s*({_FOLLOW})")
# A writer's e-mail address alone on its line under the name ("Minh Anh" over
# "minhanh@thanhnien.vn"), lower-cased.
EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_WORDS_PAST_NETWORK = 4  # a call to follow ends with its networks, or a short sentence more
MAX_INLINE_PROMO_WORDS = 30  # inside the run, a promo line is at most this long
MAX_BARE_PROMO_WORDS = 6  # ... and one this short need not speak to the reader ("PC Gamer Newsletter")
# the site speaking to its reader, or of itself: inside the run, a promo line must say so
READER_ADDRESS = lower_case(r"\b(you|your|we|our|us|sie|ihr|ihre|wir|unser\w*|dich|dein\w*|uns|"
                            r"vous|votre|nous|nos|notre|usted|nuestr\w*|tu|tus|te|twoj\w*|"
                            r"nasz\w*)\b|"
                            r"^(sign up|subscribe|follow|join|jetzt|abonniere)\b")
MIN_INTRO_LINE_WORDS = 5  # a line this long ending in ":" at the run's end introduces the article's own
# ... unless it introduces teasers or a paywall ("Das Thema könnte dich auch interessieren:")
TEASER_INTRO = lower_case(rf"\b({_RELATED_WORDS}|weitere beiträge|(lesen sie|read on|continue) "
                          r"(weiter|reading))\b")
# a line of dialogue, opening with a dash or an interviewer's mark and ending a sentence: "- Xin
# cảm ơn ông!", "PV: Xin cảm ơn ông!", "Q: What comes next?"
DIALOGUE_LINE = re.compile(r"([-–—]|(pv|phóng viên|q)\s*:)\s*\S.*[.!?…]$", re.I)
MAX_TAIL_STUB_WORDS = 10  # a line this short ending the region and no sentence is not the article's
MAX_HTML_TAIL_STUB_WORDS = 4  # ... on a page of HTML, one this short ending in ":" ("Mehr Themen:")
# A dump's article may end on a list it introduces ("Tour dates:"): a run of at least
# MIN_LIST_LINES lines of at most MAX_LIST_LINE_WORDS words, alike in form: the first and
# LIST_ALIKE of them start with a number, or hold one of LIST_SEPARATORS ("June 9 -- Coral Sky
# Amphitheatre, FL"; commas and colons are in too many teasers to say so).
MIN_LIST_LINES = 3
MAX_LIST_LINE_WORDS = 25
LIST_ALIKE = 0.8
LIST_SEPARATORS = (" -- ", " – ", " — ", " - ", " @ ", " | ")
# a list that goes on a paragraph's sentence: the paragraph ends in ":" and has at least this
# many words; each item but the last ends in a comma, a semicolon or a word (no full stop)
MIN_SENTENCE_LIST_INTRO = 8
LIST_ITEM_GOES_ON = re.compile(r"(?:[,;]|\w)$")
REGION_MODEL_OFFSET = {"text": -0.3, "html": 0.0}  # added to the learned log-odds: above 0 leans
# towards keeping; dumps lean the other way (their blocks carry no tags to tell menus apart)
REGION_TABLE_ROW = 0.0  # a data table row (HTML <tr>, a dump line of tab-set cells) reads as neither
REGION_SENTENCE_LIST = 0.1  # at least this for a sentence going on over a list (see _sentence_lists)
REGION_LIST_LINE = 0.0  # at least this for a line of a list a sentence introduces (see _introduced_lines)
REGION_LEGAL_HEADING = 0.0  # at least this for a legal text's part or article heading (_legal_headings)
LEGAL_TEXT_LANGUAGES = frozenset({"vi"})  # where "Chương II", "Điều 3. …" head a law's parts
REGION_VERSE = 0.5  # a line of a poem's stanzas (see segment._verse_lines) reads as article text
REGION_KEPT = 1.0  # a block an earlier rule kept as body (an administrative document's, a schedule's day)
REGION_CHROME = -2.0  # a block an earlier rule already called chrome (but a repeat: it counts once)
REGION_BARRIER = -5.0  # a "Comments" or "Related" heading: ends an article unless text goes on strongly
REGION_COMMENTS = -50.0  # a heading that surely opens comments: no run goes on past it
REGION_RELATIVE_SHARE = 0.35  # a page with no run: this share of its best free blocks leans to keep
REGION_MIN_SHARE = 0.35  # the first region this big (against the biggest) is the article
REGION_MERGE_GAP = 8  # blocks between two regions that still make one article
REGION_SIZE_MAX = 3.0  # a block's weight in its run grows as √(words / LONG_PARAGRAPH_WORDS), to this
REGION_STRONG = 2.0  # a block outside the article run scoring this is article text all the same
REGION_CONTENT_STRONG = 1.25  # ... or this, inside an <article> or content-named container
REGION_CONTENT_LINKS = 0.3  # ... with less of its text in links than this
TEASER_LINK_SHARE = 0.9  # a headline this much link over a short text outside the run: a teaser
MIN_TEASERS = 3  # this many such texts on a page are a teaser list, not parts of the article
REGION_LEAD_GAP = 3  # blocks between a lead and the article run that follows it
# the paragraph just under the title, of at least MIN_STANDFIRST_WORDS words and ending a
# sentence, is the article's standfirst when the run starts within STANDFIRST_WITHIN blocks below
MIN_STANDFIRST_WORDS = 12
STANDFIRST_WITHIN = 15
# the label over a question, or its answer, on a page of questions and answers
QA_LABEL = re.compile(r"(hỏi|câu hỏi|trả lời|q|a|question|answer|frage|antwort|pregunta|respuesta|"
                      r"réponse|pergunta|resposta)\s*:", re.I)
# A recipe's ingredients stand above its method under their own heading, as short lines of
# quantities that read like a menu; the article run starts at the method. The run reaches
# back to the heading when it stands within INGREDIENTS_WITHIN blocks above, no "Related" or
# "Comments" heading between. The heading may go on for two words ("Zutaten für 4"), three after
# "for" ("Zutaten für 4 Personen").
INGREDIENTS_HEADING = _heading(
    r"(zutaten|ingredients|ingrédients|ingredientes|ingredienti|składniki|ingrediënten|"
    r"ингредиенты|材料|zutaten für|ingredients for|ingredientes para|nguyên liệu|"
    r"nguyên liệu cần chuẩn bị)(\s+\S+){0,2}")
INGREDIENTS_WITHIN = 60

SITE_REPEAT_MAX_WORDS = 12  # longer blocks count as site chrome only between pages of one site
SITE_REPEAT_MIN_FILES = 2  # a block in this many files of one site is the site's
SITE_SIMILAR_MIN = 2  # two pages sharing this many short blocks ...
SITE_SIMILAR_SHARE = 0.3  # ... and this share of the smaller page's are of the same site
SITE_ANY_SITES = 3  # a block that pages of this many sites repeat is chrome all the same
SAME_ARTICLE_SHARE = 0.8  # pages sharing this share of each's long blocks or more: one article
SAME_STORY_SHARE = 0.5  # ... more than this share of each's: one story (each site's own lead aside)
PARAGRAPH_END = 60  # characters at either end of a long block by which an edited copy is known
SITE_COMMON_FILES = 100  # a block in more files than this ("Home") says nothing about the site

MAX_TITLE_CHARS = 300
MIN_TITLE_WORDS = 4  # a title candidate this long beats a shorter one (a menu entry)
# A line shown twice in a row is the headline, where each syllable is written apart when it has
# this many: a section's name has four ("Tư vấn pháp luật", "Khoa học - Công nghệ"), and the
# menu's last entry over it shows it twice in a row too
MIN_TITLE_SYLLABLES = 5
# the languages that write each syllable apart: a headline there has as many words as a
# sentence of running text, and reads as much like one (see classify._retitle)
SYLLABLE_LANGUAGES = frozenset({"vi"})
TITLE_CANDIDATES = 12  # the title is one of this many free blocks at the top, above the text
TITLE_DATED_WITHIN = 3  # a title stands this near above its byline or date
MAX_DATED_HEADLINE_WORDS = 25  # ... and is no longer (a standfirst between them is)
TITLE_ABOVE_TEXT = 8  # and this near above the first long paragraph
MAX_ENTRY_CHARS = 24  # a menu's short entry over a date over the title ("Khoa học - Công nghệ")
TITLE_META_WITHIN = 6  # a byline or dateline stands among this many blocks under the title
LONG_PARAGRAPH_WORDS = 40  # a block longer than this is running text, above which a title stands
# ... and so is one of HEADER_TEXT_WORDS or more that the model scores HEADER_TEXT_SCORE or more:
# a title below it is out of its place, so what stands above it is not all the site's header
HEADER_TEXT_WORDS = 15
HEADER_TEXT_SCORE = 0.9
# A headline is worded as its article: once the article's run is found, in a language that writes
# each syllable apart, the headline-like block among the RETITLE_WITHIN above it whose words the
# run's first RETITLE_BODY_WORDS words hold most (as a share of its own words plus RETITLE_SMOOTH,
# so that the two words of a section's name count for less than seven of a headline's nine; at
# least RETITLE_MIN_SHARE, and RETITLE_MARGIN more than the title found first) is the title
# (classify._retitle). On the benchmark's dumps the title found first was often a menu entry, a
# byline or a date: 28 % of them matched the page's own <title>, 58 % with this, 66 % with the
# learned ranking that replaced it for the benchmark's languages (benchmarks/metadata_bench.py).
RETITLE_WITHIN = 25
# An outlet's credit opening a Vietnamese article's lead, which says nothing of its headline (and
# holds the site's name, which a menu above repeats): "(Dân trí) - ", "TTO - ", "VOV.VN - ",
# "Baonghean.vn - ", "(Thể Thao 247) - "
LEAD_CREDIT = re.compile(r"^(\([^()]{1,40}\)|[A-ZĐ0-9.]{2,}|[\w.-]+\.(vn|com|net))\s*[-–—]\s*")
RETITLE_BODY_WORDS = 400
RETITLE_MIN_SHARE = 0.2
RETITLE_MARGIN = 0.2
RETITLE_SMOOTH = 1
# A breadcrumb trail, which a dump sets where its title stands: "Home / Essays / 2017 / …",
# "Startseite » Beauty » …", "Sie sind hier: …".
BREADCRUMB = re.compile(r"\s(>>?|»|›|/|\|)\s.*\s\1\s|^(you are here|sie sind hier|vous êtes ici|"
                        r"usted está en)\b", re.I)
# A breadcrumb trail from the home page, whose last entry is the article's section: "Trang chủ
# > Tin tức > Xây dựng Đảng", "Home » Politics"; its entries set apart by CRUMB_MARKS.
_HOME = r"(trang chủ|home|startseite|accueil|inicio|início|home page|strona główna)"
CRUMB_MARKS = ">»›/|"
CRUMB_SEPARATOR = re.compile(rf"\s*[{CRUMB_MARKS}]+\s*")
HOME_PAGE = re.compile(rf"^{_HOME}$", re.I)  # the trail's first entry
HOME_CRUMB = re.compile(rf"^{_HOME}{CRUMB_SEPARATOR.pattern}\S", re.I)  # a line that is a trail
# a line under the title that names the article's section: "Chuyên mục: Tin tức", "Kategorie:
# Reisen", "Posted in Music"; alone or in the dateline ("Đăng ngày … | Chuyên mục: Tin tức")
SECTION_LABEL = re.compile(r"\b(?:(?:chuyên mục|danh mục|lĩnh vực|kategorie|kategoria|category|catégorie|"
                           r"categoría|categoria|rubrik|rubrique)\s*:|posted in\s*:?|filed under\s*:?)"
                           r"\s*([^|•·,;]+)", re.I)
RETITLE_WORD = re.compile(r"\w{4,}")  # the words compared: the short ones say little
# Elsewhere a learned ranking chooses (classify.rank_title) among the headlines of the
# RETITLE_WITHIN blocks above the article run; a candidate whose words the opening holds more
# than TITLE_SHARE_NEXT of marks the one under it as a headline's neighbour (its standfirst),
# and up to TITLE_SHARED_WORDS of them count.
TITLE_SHARE_NEXT = 0.2
TITLE_SHARED_WORDS = 8
MAX_BYLINE_WORDS = 9
FULL_NAME_SYLLABLES = (3, 4)  # a Vietnamese full name's: family name, middle name(s), given name
MARKED_BYLINE_WITHIN = 3  # lines under an article where a byline worded as one is looked for
MAX_BUTTONS_OVER_BYLINE = 2  # a pager, a share button between an article and its byline
MIN_SIGNED_TABLE_ROWS = 2  # a table of this many rows may stand between an article and its byline
MAX_DATELINE_WORDS = 14
# A long block that is other blocks run together (see classify._run_together): this long, made
# of at least two blocks this long, that cover this share of it, and open it (compared on
# their first characters first).
RUN_TOGETHER_MIN_WORDS = 60
RUN_TOGETHER_PART_WORDS = 8
RUN_TOGETHER_SHARE = 0.5
RUN_TOGETHER_OPENING = 40
# A question or heading standing this many times, each time before different text, is the
# article's own (an interview of several people), not a duplicate.
MIN_RECURRING = 3
PULL_QUOTE_WORDS = 8  # a pull quote repeating a paragraph near it has this many words or more,
MAX_PULL_QUOTE_WORDS = 50  # ... and at most this many,
PULL_QUOTE_WITHIN = 2  # ... and stands this many blocks from it or nearer
MAX_HEADING_WORDS = 14
SECTION_NUMBER = re.compile(r"^(\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")  # a heading's: "1. ", "II. ", "a) "
# A table of contents' heading, searched lower-cased (see classify.table_of_contents), over at
# least MIN_TOC_ENTRIES of the article's headings; an entry's number may go without a dot
# ("1 History", "2.1 Design")
TOC_HEADING = re.compile(r"(mục lục|nội dung( chính| bài viết)?|table of contents|contents|"
                         r"inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|indice|"
                         r"spis treści|目录|目次)\s*:?")
MAX_TOC_HEADING_WORDS = 3
MIN_TOC_ENTRIES = 2
TOC_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*\s+(?=\D)")
# where a name alone signs the article: under its last paragraph (see byline_under_article), or
# set apart from the date under the headline (see _signed_date)
SIGNED_LANGUAGES = frozenset({"vi"})
# A Vietnamese name in capitals: two to four syllables, the first one of the commonest surnames
# that no word of a section's name opens with (not "Hà", "Hồ", "Vũ", "Đoàn", "Lương": "HÀ NỘI",
# "HỒ SƠ", "VŨ KHÍ", "ĐOÀN THỂ", "LƯƠNG HƯU" name sections)
SURNAMED = re.compile(r"(NGUYỄN|TRẦN|LÊ|PHẠM|HOÀNG|HUỲNH|PHAN|VÕ|ĐẶNG|BÙI|ĐỖ|NGÔ|ĐINH|TRỊNH)"
                      r"(\s+[^\W\d_]+){1,3}$")
# Vietnam's provinces and cities, which a dated line may open with as a name does ("Cần Thơ -
# 23/11/2024"): a place, not a writer (tone marks set either way: "Hòa Bình", "Hoà Bình")
VIETNAMESE_PLACES = re.compile(
    r"(tp\.? ?hcm|tp\.? ?hồ chí minh|thành phố hồ chí minh|sài gòn|hà nội|hải phòng|đà nẵng|cần thơ|"
    r"huế|thừa thiên huế|an giang|bà rịa - vũng tàu|vũng tàu|bắc giang|bắc kạn|bạc liêu|bắc ninh|"
    r"bến tre|bình định|bình dương|bình phước|bình thuận|cà mau|cao bằng|đắk lắk|đắk nông|điện biên|"
    r"đồng nai|đồng tháp|gia lai|hà giang|hà nam|hà tĩnh|hải dương|hậu giang|h(òa|oà) bình|hưng yên|"
    r"khánh h(òa|oà)|kiên giang|kon tum|lai châu|lâm đồng|lạng sơn|lào cai|long an|nam định|nghệ an|"
    r"ninh bình|ninh thuận|phú thọ|phú yên|quảng bình|quảng nam|quảng ngãi|quảng ninh|quảng trị|"
    r"sóc trăng|sơn la|tây ninh|thái bình|thái nguyên|thanh h(óa|oá)|tiền giang|trà vinh|tuyên quang|"
    r"vĩnh long|vĩnh phúc|yên bái|nha trang|đà lạt|buôn ma thuột|quy nhơn|vinh)$", re.I)
UNPUNCTUATED_CAPTION_LANGUAGES = frozenset({"vi"})  # where a long line without a stop is a caption
CREDIT_IN_RUN_LANGUAGES = frozenset({"vi"})  # where a photo's credit alone stands inside the article
# where a page of HTML sets a photo's caption in italics just under it ("<p align=center><em>Quang
# cảnh hội nghị.</em>"); elsewhere such a line is as often a date, a quote or a box's heading
ITALIC_CAPTION_LANGUAGES = frozenset({"vi"})
MIN_CAPTION_WORDS = 12
MAX_CAPTION_WORDS = 100  # longer blocks are paragraphs, whatever a caption cue says
MAX_CAPTION_SHOWN_TWICE_WORDS = 40  # a line shown twice is a caption up to this long (see classify)
MIN_REPEATED_LEAD_WORDS = 25  # a sentence this long shown twice just under the title is the lead
MAX_CREDITED_CAPTION_WORDS = 25  # a line over a credit alone ("Ảnh: …") this short is its caption
MIN_ALT_CHARACTERS = 12  # a photo's alt text the caption under it opens with is this long
# a "Related" box set inside an article: at most this many blocks, between paragraphs of at
# least this many words
INLINE_BOX_BLOCKS = 5
MIN_PARAGRAPH_WORDS = 15
# a menu's entry has this many words at most, a dash between them not counted ("Tin tức - Sự
# kiện"): shown again over the title, it is the article's section
MAX_MENU_ENTRY_WORDS = 4
# ... but not one with a colon or a count of something: a search box's "Suche nach: Suche", a
# teaser's "vor 4 Monaten" (not "Formel 1"); nor a button's words, in capitals over a headline
# as often as a section's ("MENU", "Close", "SEARCH QUOTES", "Copiar link", "SHOP NOW >"), a
# site's own pages ("About", "README.md"), a ticker's "BREAKING"; nor a byline ("Par Loïc Le
# Clerc") or a page's title with its site's name ("Fischerhütte | hejfish.com"), nor a menu's
# entries run together ("LatestVideoThe BestsSplitscreen…": two capitals inside one word)
NOT_A_SECTION = re.compile(r":|\d\s+\w|\s\|\s|^(by|par|von|por|di|door) \S|(?-i:[a-z][A-Z]\w*[a-z][A-Z])|"
                           r"^((main )?menu|hauptmenü|close|schließen|fermer|cerrar|fechar|"
                           r"search( \w+)?|suche|suchen|buscar|rechercher|login|log in|anmelden|mail|e-mail|"
                           r"faq|more|mehr|plus|más|watch live|shop now|copy link|copiar link|"
                           r"link kopieren|iklan|anzeige|werbung|advertisement|publicidad|about( us)?|"
                           r"über uns|à propos|readme(\.\w+)?|breaking( news)?)\W*$", re.I)
# a breadcrumb trail's entry has as many words as a menu's, but in a language that writes each
# syllable apart this many syllables ("Hoạt động của Đảng bộ", "Đưa Nghị quyết của Đảng vào cuộc
# sống", chinhphu.vn's "Chỉ đạo, quyết định của Chính phủ, Thủ tướng Chính phủ")
MAX_CRUMB_SYLLABLES = 12
# where news sites set a breadcrumb of two entries over the headline ("Xã hội", "Chính trị": Dân
# trí, VnExpress), the second, under a menu's entry shown again, is the section; elsewhere that
# line is as often a button or the author ("Logout", "Laurie Oakes": half of 37 on the benchmark)
SUB_SECTION_LANGUAGES = frozenset({"vi"})
# A poem's stanza in a dump (see segment._verse_lines): this many lines, each of this many words,
# the longest at most MAX_VERSE_SPREAD words longer than the shortest
MIN_STANZA_LINES, MAX_STANZA_LINES = 3, 16
VERSE_WORDS = (3, 10)
MAX_VERSE_SPREAD = 2
# a site's name in capitals opening the page stands over this many lines of a menu, where sites
# set it so (elsewhere a blog's first line in capitals is as often its post's title: 2 titles
# lost on the metadata bench)
CAPS_SITE_NAME_LANGUAGES = frozenset({"vi"})
SITE_MENU_LINES = 3
# A Vietnamese administrative document (a decree, a decision, an official letter) as the state
# sets its form (Nghị định 30/2020/NĐ-CP), read by official.py. Its head: the issuing body in
# capitals beside the national motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự
# do - Hạnh phúc" (a Party body's "ĐẢNG CỘNG SẢN VIỆT NAM"), its number and its place and date; a
# pasted table's cells stand apart by a tab. Each pattern matches a whole cell.
OFFICIAL_MOTTO = re.compile(r"cộng h(?:òa|oà) xã hội chủ nghĩa việt nam|đảng cộng sản việt nam", re.I)
OFFICIAL_TAGLINE = re.compile(r"độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc", re.I)
OFFICIAL_NUMBER = re.compile(r"số\s*:?\s*\d+[^\s/]*/\S+", re.I)  # "Số: 1875/QĐ-UBND", "Số 12-CV/TU"
OFFICIAL_PLACE_DATE = re.compile(r"[^\d,]{2,40},\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}\.?",
                                 re.I)
PLACE_KIND_WORDS = frozenset({"phố", "xã", "trấn"})  # a place's name in lower case: "Thành phố …"
MAX_MOTTO_BLOCK_CHARS = 300  # the motto's block: a line, or a row of the head's table
OFFICIAL_HEAD_WITHIN = 4  # the number, or the place and date, stand this many blocks from the motto
# A research article's notes under its text, as Vietnamese journals set them: a rule of dashes,
# then "(1) Đảng Cộng sản Việt Nam: Văn kiện …", each number marking the text ("…(1).").
NOTES_RULE = re.compile(r"[-_─—=*]{5,}")
NOTE_MARK = re.compile(r"([(\[])(\d{1,3})([)\]])\s")
OFFICIAL_RULE = re.compile(r"[-_*=.~\s]+")  # the short rule under the issuer or the motto
MAX_ISSUER_LINES = 3  # the issuing body's name above the motto: at most this many lines ...
MAX_ISSUER_WORDS = 10  # ... in capitals, of at most this many words
# Its close: the signature, "TM. ỦY BAN NHÂN DÂN" (on behalf of; "KT." in the place of, "TL.",
# "TUQ." by order of, "Q." acting), the signer's post in capitals, "(Đã ký)" and the name; beside
# it the list of recipients, "Nơi nhận:" over lines opening as a list's items do ("- Lưu: VT.":
# segment.list_marker).
OFFICIAL_SIGNING = re.compile(r"(?:T/?M|K/?T|T/?L|TUQ|Q)\.?\s+\S.*")  # and the rest in capitals
OFFICIAL_SIGNED = re.compile(r"\(?\s*đã\s+ký(?:\s+và\s+đóng\s+dấu)?\s*\)?", re.I)
OFFICIAL_RECIPIENTS = re.compile(r"nơi\s+nhận\s*:?", re.I)
SIGNER_DEGREE = re.compile(r"^((?:P?GS|TS|ThS|BS|DS|KS|CN|LS)\.\s*)+")  # "PGS.TS. Lê Minh"
MAX_POST_WORDS = 8  # the signer's post in capitals ("PHÓ CHỦ TỊCH THƯỜNG TRỰC")
MAX_KIND_WORDS = 4  # a document's kind in capitals, over its subject ("THÔNG TƯ LIÊN TỊCH")
MAX_SUBJECT_WORDS = 40  # its subject, when the line under the kind is one: a sentence is longer
OFFICIAL_END = "./."  # how the body's last sentence ends: the close when no signature follows
# In its body, a part's heading: "Chương I", "Mục 2", "Phần thứ nhất", and an article's name
# ("Điều 1. Phạm vi điều chỉnh"), which ends no sentence.
OFFICIAL_PART = re.compile(r"(chương|mục|phần|tiểu mục)\s+([ivxlc]+|\d+|thứ\s+\w+)\b.{0,60}", re.I)
OFFICIAL_ARTICLE = re.compile(r"điều\s+\d+\w?\.\s.{1,120}", re.I)
# A portal's record of a document, its fields in rows ("Số ký hiệu<tab>1875/QĐ-UBND", "Người ký:
# Trần Văn Huyến"; a table's cells on a page of HTML): at least MIN_RECORD_FIELDS of them, at most
# RECORD_GAP blocks apart (a sentence opening with one such word stands alone).
OFFICIAL_RECORD_FIELD = re.compile(
    r"\s*(?P<field>số ký hiệu|số hiệu|ký hiệu|ngày ban hành|ngày ký|ngày (?:có )?hiệu lực|loại văn bản|"
    r"cơ quan ban hành|người ký|trích yếu|lĩnh vực|tình trạng(?: hiệu lực)?|(?:tệp|tài liệu|file|văn "
    r"bản) đính kèm)\s*:?\s*(?P<value>\S.*)", re.I)
MIN_RECORD_FIELDS = 3
RECORD_GAP = 2
# What a document issues with it, past its signature: "(Ban hành kèm theo Quyết định số …)" under a
# regulation's name, "(Kèm theo Công văn …)", "PHỤ LỤC II", opening within ATTACHED_WITHIN blocks.
OFFICIAL_ATTACHED = re.compile(
    r"\(?\s*(?:ban hành )?kèm theo (?:quyết định|nghị định|thông tư|nghị quyết|công văn|kế hoạch|"
    r"chỉ thị|văn bản|tờ trình)\b[^()]*\)?|phụ lục(?: [ivxlc\d]+)?", re.I)
ATTACHED_WITHIN = 4
# a legal text's point opening as no list's item does (segment.list_marker): "2.1. …", "a) …"
LEGAL_POINT = re.compile(r"(?:\d+(?:\.\d+)+\.?|[a-zđ]\))\s+\S")
MIN_LEGAL_SENTENCE_WORDS = 8
