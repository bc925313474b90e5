"""Reading the people named in one sentence: name candidates, and the rank and titles around each.

A name (``extract.names``) is read as a person when a rank, an honorific or a title stands right
before it, and its titles are read before it (a title that runs cleanly into the name, a comma
chain of titles before that), after it (an appositive list: ", Ủy viên ..., Bộ trưởng ...", "(56
tuổi, Giám đốc ...)", "là người đại diện ..."), and further on in the sentence after a career cue
("..., sau một thời gian làm Hiệu trưởng").  A title is a head and the organisation after it, up to
a separator, another person's name or the clause's predicate (``extract.predicates``).  Every read
looks at a bounded window of tokens.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from extract.lexicon import labelled, phrase_pattern, words
from extract.names import NAME_STOP_PAIRS, NAME_STOPS, SURNAMES, foreign_syllable, surname_like
from extract.normalize import as_written, normalize_tone
from extract.places import gazetteer
from extract.predicates import AFTER_NAME_RE, COUNTRY_NAMES, predicate_start
from extract.sentence_tokens import (
    AGE,
    AND_WORDS,
    COUNT_WORDS,
    FORMER_WORDS,
    NAMED_RE,
    TITLE_ANY_RE,
    TITLE_RE,
    TOP_RE,
    UNIT_RE,
    SentenceTokens,
)
from extract.titles import is_place_alias

__all__ = ["Mention", "PersonReader"]

_ORG = labelled("organisations.txt")
_TITLES = labelled("titles.txt")
_START = r"(?<![^\W\d_])"
# "Ông từng trải qua các chức vụ A, B", "từng giữ nhiều chức vụ ở huyện Bình Sơn như A, B", "trải qua nhiều vị trí công
# tác, A, B": a career's list of posts
CAREER_LIST = (r"(?:giữ|trải\s+qua|kinh\s+qua|đảm\s+nhiệm)\s+(?:nhiều|các)\s+(?:chức\s+vụ|cương\s+vị|vị\s+trí)"
               r"(?:\s+công\s+tác)?(?:[^.;:()\d]{0,50}?\s+như|\s*,)?")
# (the list is tried first: "đảm nhiệm nhiều vị trí lãnh đạo quan trọng như A, B" is more than the cue "đảm nhiệm")
# "..., sau một thời gian làm Hiệu trưởng": a cue that puts a later title on the sentence's person
# ("trưởng thành từ chiến sĩ đến Phó chủ nhiệm ...": a career from one post to another; "bổ nhiệm giữ chức vụ ...",
# "từng giữ chức danh ...": any cue ending in "chức" may go on with "vụ" or "danh")
CAREER_RE = re.compile(_START + "(?:" + CAREER_LIST + "|" + phrase_pattern(_TITLES["career"])
                       + r"|từ(?:\s+[^\W\d_]+){1,3}?\s+đến)"
                       r"(?:(?<=chức)\s+(?:vụ|danh))?"
                       r"(?:\s+một\s+trong)?(?:\s+(?:các|những))?(?:\s+đồng\s+chí)?\s*:?\s+(?=[^\W\d_])")
_SUBJECT_STOPS = frozenset(_TITLES["subject_stop"])
_PRONOUNS_BACK = frozenset({"ông", "bà"})  # the honorifics that stand alone for the person just named
# the person signs or approves an act: a post a career cue names after it is the one the act gives someone else
ACT_ON_OTHER_RE = re.compile(r"(?<![^\W\d_])(?:ký|phê\s+chuẩn|phê\s+duyệt|trao\s+quyết\s+định|công\s+bố\s+quyết\s+định)"
                             r"(?![^\W\d_])")
# "giới thiệu ứng cử để HĐND huyện Nông Cống bầu giữ chức Chủ tịch UBND huyện": a post the person is put up for, to be
# elected to, is not one held
PROSPECTIVE_RE = re.compile(r"(?<![^\W\d_])(?:ứng\s+cử|để)(?:\s+[^\s,.;:]+){0,6}?\s+bầu$")
# "A bị cách chức Giám đốc ..." (passive, the agent may stand between: "bị Thủ tướng cách chức") and "kỷ luật A (với
# hình thức) cách chức ..." (the penalty named, read from just before the name on): the post is A's; "Tổng thống A cách
# chức Thứ trưởng ...": A dismisses another from it
DISMISS_RE = re.compile(r"cách\s+chức", re.IGNORECASE)
DISMISSED_RE = re.compile(r"(?<![^\W\d_])(?:bị|kỷ\s+luật)(?![^\W\d_])|(?<![^\W\d_])hình\s+thức\s*$", re.IGNORECASE)
_DISMISSED_REACH = 40  # characters before the name a discipline's verb may stand ('kỷ luật đồng chí Nguyễn Văn An')
MISSION_RE = re.compile(phrase_pattern(_ORG["mission"], first="any", word_start=True) + r"(?![^\W\d_])")
QUOTE_CUE_RE = re.compile(phrase_pattern(_ORG["quote"], first="any", rest="any", word_start=True) + r"\s*$")
COUNTED_RE = re.compile(r"(?i:hai|ba|bốn|năm|2|3|4|5)")  # a count of the people listed, opening a bracket
# "các đồng chí", "các ông": a post written before a colon is every listed person's
PLURAL_BEFORE_RE = re.compile(_START + COUNT_WORDS + r"(?:\s+(?i:đồng\s+chí|ông|bà|vị))?\s*$")
# "(45 tuổi, ...)", "(SN 1990, ...)", "(sinh năm 1948, ...)", "(1975, thanh tra viên)": an age or a birth year before
# the position inside brackets
AGE_RE = re.compile(rf"(?:{AGE}|(?:19|20)\d{{2}})(?:\s*[,;]\s*|\s+(?=(?:nguyên|cựu)\s))",
                    re.IGNORECASE)  # ("(SN 1963 cựu chủ tịch UBND xã ...)": the comma left out before a former post)
# Where a person lives, in the bracket after the name before the post: "(SN 1965, trú tại xã A, huyện B, nguyên ...)"
# "Nguyễn Văn Quyết (48 tuổi) nguyên kế toán trưởng", "(sinh 1960) tổ trưởng ...": a bracket holding the age alone, the post
# written after it with no comma
AGE_BRACKET_RE = re.compile(r"\(\s*(?:\d{1,3}\s+tuổi|SN\s*:?\s*\d{4}|sinh(?:\s+năm)?\s+\d{4})\s*\)", re.IGNORECASE)
AGE_ASIDE_RE = re.compile(rf"\s*{AGE}\s*(?=,)", re.IGNORECASE)
RESIDENCE_RE = re.compile(r"(?:thường\s+trú|cư\s+trú|tạm\s+trú|trú|ngụ|quê|HKTT|ở)(?![^\W\d_])", re.IGNORECASE)
_BRACKET_REACH = 24  # tokens read inside a bracket: an address before a post, one post per person
_PLACE_WORDS = labelled("place_words.tsv")
# an address set off after a name: the word that opens it ('trú tại', 'ngụ', 'ở', 'quê'), and the lower-case words it may
# hold (place_words.tsv: unit types, residence and address words)
RESIDENCE_WORDS = frozenset({"trú", "ngụ", "ở", "quê", "thường", "tạm"})
_ADDRESS_WORDS = frozenset(w for kind in ("residence", "address", "province", "district", "commune", "village", "epithet")
                           for phrase in _PLACE_WORDS[kind] for w in phrase.casefold().split()) | {"tại", "ở", "đang", "cùng"}
# Which gazetteer levels the name after a unit word can be ('huyện' -> district; a city is either level).
_UNIT_LEVELS = {w.casefold(): tuple(level for level in ("province", "district", "commune")
                                    if w in _PLACE_WORDS[level] or level == "district" and w in _PLACE_WORDS["province"])
                for level in ("province", "district", "commune") for w in _PLACE_WORDS[level]}
_ORG_WORDS = frozenset(w.casefold() for w in _ORG["word"])
_POSTS_OF_UNITS = frozenset({"Đội", "Trạm", "Trại", "Đồn"})  # a force's team or post, named before its own name
# a village's type word ('thôn', 'bản', 'khu phố'): its name, too, ends a title before a lower-case word of the clause
# ('trưởng thôn Lương Sơn đúng lúc ấy ...')
_VILLAGES = frozenset(w.casefold() for w in _PLACE_WORDS["village"])
# the units a numbered unit belongs to, named after a comma in either case ('tổ trưởng Tổ cạo mủ số 5, đội 3, nông
# trường 7, Công ty Cao su Phú Riềng', 'tiểu đoàn phó tiểu đoàn 3, trung đoàn cảnh sát cơ động', 'tổ dân phố 80, khu đô
# thị Đền Lừ'): a block of an address, a formation, a body named by its noun (no street: '..., đường Lê Lợi' is where
# the person lives)
_CHAINED_UNITS = frozenset(
    w.casefold() for w in (*_PLACE_WORDS["address"], *_ORG["formation"], *_ORG["named"])
) - {"số", "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "km", "nhà", "phòng"}
NUMBERED_END_RE = re.compile(r"(?:\d[\w/-]*|(?<=\s)[A-ZĐ]{1,2})$")  # 'số 5', 'tiểu đoàn 3', 'tổ 1E', 'lô E'
_RANKS = {r.casefold(): r for r in words("ranks.txt")}
_GRADES = frozenset({"cao cấp", "trung cấp", "sơ cấp"})  # "điều tra viên cao cấp": the grade ends with "cấp"
# ("Công an tỉnh này": the body; "6 cán bộ hải quan khác là A, B", "các nhân viên Chi cục Hải quan Nội Bài như A, B":
# 'other' and 'such as' before the names listed, read on unannotated VNTC news)
_TRAILING = frozenset({"và", "về", "kiêm", "cấp", "số", "của", "cùng", "này", "đó", "nay", "khác", "như"})
# lower-case words that go on with a title after its unit's name ('xã A và xã B', 'tỉnh Phú Yên cũ', 'xã A kiêm ...',
# 'Công an xã A phụ trách', 'Đảng bộ TP HCM lần thứ XII')
_PLACE_GOES_ON = frozenset({"và", "kiêm", "cũ", "mới", "phụ", "lần", "thuộc", "nhiệm", "khóa", "khoá", "của"})
# a unit word with no name after it ends its title before a lower-case word ('Trưởng Công an xã tất tả trở về'), unless
# the word goes on with the unit: a body named after it ('xã đội', 'tỉnh ủy', 'xã hội' of 'trật tự xã hội') or an
# epithet before its name ('xã đảo Thổ Chu', 'huyện miền núi A')
_UNIT_BODIES = frozenset({"ủy", "uỷ", "đội", "đoàn", "hội", "viên", "này", "đó"})
_EPITHET_RE = re.compile(phrase_pattern(_PLACE_WORDS["epithet"]) + r"(?![^\W\d_])")
_TRAILING_LOWER = frozenset({"mới"})  # "Giám đốc Công an tỉnh Phú Thọ mới" (not "huyện Chợ Mới")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'«", "”\"’'»"
_DASHES = frozenset("-–—")
# "Giám đốc Công ty TNHH Thái Bình - đối tượng môi giới ...", "... Bệnh viện Từ Dũ - người trực tiếp giám định": after
# a dash, a lower-case word for a person or a body says what they are to the story, not more of the post
# ("Văn phòng luật sư Trường Thanh - thuộc Đoàn luật sư ...": what the body belongs to, after a dash, is a note; so is
# where it sits, "Công ty TNHH Thiên Anh - trụ sở tại Hà Nội", and what the person is among others, "Giám đốc Sở - một
# trong những người ký ...", read on unannotated VNTC news; "Trưởng phòng Đăng ký thuốc và mỹ phẩm - cơ quan xây dựng quy
# định": what the body is, in lower case)
DASH_APPOSITION_RE = re.compile(r"(?:người|đối\s+tượng|đơn\s+vị|cơ\s+quan|nơi|thuộc|(?:có\s+)?(?:trụ\s+sở|địa\s+chỉ)|một\s+trong)"
                                r"(?![^\W\d_])")
_CLAUSE_ENDS = frozenset({",", ".", ";", ")", ":"})
_DAY_WORDS = frozenset({"ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm"})  # before a date's digits: a time, not a body
# heads of state and of government, and foreign ministers, whose post needs no body after it: a foreign name right
# after one is the holder's ('Tổng thống Vladimir Putin, Thủ tướng Dmitry Medvedev')
_STATE_HEADS = ("tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương", "nhà vua", "chủ tịch nước")
# what a person named with a unit says ("Thượng tá A, Phòng B cho biết"): the unit before it is the officer's
SAYS_RE = re.compile(r"(?:cho\s+biết|cho\s+hay|cho\s+rằng|nói|nhận\s+xét|nhận\s+định|khẳng\s+định|thông\s+tin|chia\s+sẻ"
                     r"|kể|tỏ\s+ra|trao\s+đổi|giải\s+thích|xác\s+nhận|thừa\s+nhận|phát\s+biểu)(?![^\W\d_])")
# a national body: no commune or district after a comma is its unit ('nguyên Phó Chủ tịch Hội đồng Dân tộc của Quốc hội,
# xã Đa Lộc': where the person lives)
NATIONAL_BODY_RE = re.compile(r"(?<![^\W\d_])(?:Quốc\s+hội|Chính\s+phủ|Trung\s+ương|Bộ\s+Chính\s+trị|Bộ\s+Công\s+an"
                              r"|Bộ\s+Quốc\s+phòng)(?![^\W\d_])")  # ('... Tổng cục An ninh thuộc Bộ Công an, thị trấn A', dn)
# the tag of the paper that opens its lead, glued to the headline before it ('Khiển trách ông Phạm Dũng, Bí thư Thị ủy La
# Gi (NLĐ)- Tại kỳ họp ...': read on unannotated VNTC news)
AGENCY_TAG_RE = re.compile(r"\(\s*(?:NLĐ|TTO|TTXVN|TN|VNA)\s*\)\s*[-–—]")
# the sentence a court passes, right after the post of the one sentenced ('tuyên phạt A, giám đốc Công ty Đông Nam 20 năm
# tù', '..., Giám đốc Công ty TNHH Chợ Mới mức án 9 năm': read on unannotated VNTC news)
PENALTY_RE = re.compile(r"(?<![^\W\d_])(?:mức\s+án|\d+\s+(?:năm|tháng)\s+tù)(?![^\W\d_])")
# the head or an officer of a business with no body named, or only its kind ('Tổng giám đốc', 'nguyên phó giám đốc',
# 'Chủ tịch HĐQT', 'Kế toán', 'phó tổng giám đốc Liên doanh dầu khí')
BUSINESS_HEAD_RE = re.compile(r"(?i:(?:nguyên|cựu)\s+)?(?i:phó\s+)?(?i:(?:tổng\s+)?giám\s+đốc|chủ\s+tịch\s+(?:HĐQT|HĐTV|"
                              r"hội\s+đồng\s+quản\s+trị|hội\s+đồng\s+thành\s+viên)|kế\s+toán(?:\s+trưởng)?|thủ\s+quỹ)"
                              r"(?:\s+(?i:liên\s+doanh|công\s+ty|cty|tổng\s+công\s+ty|xí\s+nghiệp|tập\s+đoàn)"
                              r"(?:\s+[^\W\d_A-ZĐ]\S*)*)?")
# the time a post was held, before 'là' ("lúc bấy giờ", "thời điểm đó": read on unannotated VNTC news)
# a state honour written in the appositive list between the name and the posts ('Trung tướng A, Anh hùng Lực lượng vũ
# trang nhân dân, nguyên Phó Tổng cục trưởng ...', 'ông B, Nhà giáo Ưu tú, Hiệu trưởng ...'): no post, passed over
# (corpus dn dev)
HONOUR_RE = re.compile(r"(?i:anh\s+hùng\s+(?:lực\s+lượng\s+vũ\s+trang(?:\s+nhân\s+dân)?|LLVT(?:ND)?(?:\s+nhân\s+dân)?"
                       r"|lao\s+động)|(?:nghệ\s+sĩ|nhà\s+giáo|thầy\s+thuốc|nghệ\s+nhân)\s+(?:nhân\s+dân|ưu\s+tú)"
                       r"|bà\s+mẹ\s+Việt\s+Nam\s+anh\s+hùng)(?![^\W\d_])")
# ("lúc này", "vào thời điểm đó", "thời đó": the time the story tells of, in a bracket or an aside after the name; read on
# dev news and modern court news)
THEN_RE = re.compile(r"(?:(?:vào|tại)\s+)?(?:lúc|khi|hồi|thời(?:\s+điểm)?)\s+(?:đó|ấy|bấy\s+giờ|này)", re.IGNORECASE)
NOW_RE = re.compile(r"(?:hiện|nay|hiện\s+nay)(?:\s+(?:đang|vẫn))?", re.IGNORECASE)  # "hiện đang là ...": the post held now
# "bị cáo A - người từng là Phó Tổng Giám đốc ...", "A, người đang giữ chức Chủ tịch ...", "(người từng giữ chức ...)":
# an aside that says what post the person holds or held (court news)
WHO_HELD_RE = re.compile(r"người\s+(?:đã\s+)?(?:từng|đang|vốn|hiện\s+đang|hiện|nguyên)\s+(?:là|làm|giữ\s+(?:chức(?:\s+vụ)?|"
                         r"cương\s+vị))\s+", re.IGNORECASE)

# Words a person's predicate opens with that no sentence opens with after "Trong", "Cho", "Được": after them the
# name ends at that word ("Thượng tá Trần Quang Trong đánh giá", "Nguyễn Thanh Cho lĩnh 24 tháng tù", "do Nguyễn Trọng
# Nhưng làm giám đốc")
_MIDDLE_ONLY = frozenset({"Văn", "Thị"})  # middle names that are no given name: a name does not end with them
_NAME_GOES_ON = frozenset({"bị", "đã", "đang", "sẽ", "lĩnh", "đánh", "nói", "khai", "từng", "là", "làm", "cho", "được"})
# the last unit of a title is a district, a city or a commune: "... xã A, huyện B", "... TP Long Xuyên, An Giang"
# ("... phường Yên Đỗ, Pleiku": a commune, then its district named bare)
# ("... Hạnh Phúc ở Bến Cầu, Tây Ninh": a body's seat named by its district after 'ở'/'tại', then the province)
LOWER_UNIT_RE = re.compile(r"(?<![^\W\d_])(?i:huyện|quận|thị xã|thành phố|TP\.?|(?P<commune>xã|phường|thị trấn)|(?-i:ở|tại)(?=\s+[A-ZĐ]))"
                           r"\s+[^\W\d_][^,;]*"
                           r"(?P<district>,\s*[^\W\d_][^,;]*)?$")
# "Trưởng Công an phường 10, quận 4", "... phường Bến Nghé, quận 1": a ward is told apart by its numbered district
COMMUNE_LAST_RE = re.compile(r"(?<![^\W\d_])(?i:xã|phường|thị\s+trấn)\s+[^,;()]+$")
NUMBERED_DISTRICT_RE = re.compile(r"quận\s+\d{1,2}", re.IGNORECASE)
# "đại diện lãnh đạo ...", "đại diện các ...": those representing a body's leaders, or several bodies, in a list of who
# came (read on dev attendance lists)
GROUP_ENVOY_RE = re.compile(r"(?i:đại\s+diện\s+(?:lãnh\s+đạo|các|một\s+số)\s)")
NUMBERED_UNIT_RE = re.compile(r"(?:quận|phường)\s+\d{1,2}", re.IGNORECASE)
# "nhiệm kỳ 2011-2016", "nhiệm kỳ 2020 - 2025", ", nhiệm kỳ 2016-2021": the term a post is held for
# the term a post was held for, written after it ('nhiệm kỳ 2011-2016', 'giai đoạn 2015 - 2020', 'nhiệm kỳ 2011 – 2016 và
# nhiệm kỳ 2016 – 2021'): a date item, no part of the post
_TERM_WORD, _YEARS = r"(?:nhiệm\s+kỳ|giai\s+đoạn)\s+", r"\d{4}\s*[-–]\s*\d{4}"
TERM_BEFORE_RE = re.compile(rf"(?:,\s*)?(?<![^\W\d_]){_TERM_WORD}{_YEARS}(?:\s*(?:,|và)\s*(?:{_TERM_WORD})?{_YEARS})*\s+$",
                            re.IGNORECASE)
TRAILING_ALSO_RE = re.compile(r"\s+đồng\s+thời$")  # "Chủ tịch xã đồng thời là Chủ tịch Hội đồng ...": two posts
_COPULAS = frozenset({"là", "làm"})
# a street, a river, a mountain after a comma is where the body is, or the next clause's subject, never more of the post
# ('Giám đốc Trung tâm Raisy, đường Điện Biên Phủ, quận 3': read on unannotated VNTC news)
_STREETS = frozenset({"đường", "phố", "sông", "núi"})
# words of the predicate a lost space glues to the end of a post ("Bộ Công anđã gửi", "TTĐKGTcho biết")
_GLUED_VERBS = frozenset({"đã", "đang", "sẽ", "cho", "được", "bị", "vừa", "cùng", "đến", "đề"})
_COUNTRIES = frozenset(normalize_tone(c).casefold() for c in COUNTRY_NAMES)
_COUNTRY_FIRSTS = frozenset(normalize_tone(c).split()[0].casefold() for c in COUNTRY_NAMES)  # 'Nhật', 'Hàn', 'Việt'
_CLUBS = frozenset({"clb", "bộ"})  # 'CLB', 'câu lạc bộ'
_BUSINESSES = frozenset({"công ty", "cty", "xí nghiệp", "doanh nghiệp", "tập đoàn", "ngân hàng", "nhà máy", "báo"})
# a formation written in lower case after a comma ('công an thị xã Hà Đông', 'phòng CSGT'): read only before a capitalised name
_FORMATION_ANY_RE = re.compile(phrase_pattern(_ORG["formation"], first="any", rest="any") + r"(?![^\W\d_])")
_STATUS_WORDS = frozenset({"công chức", "viên chức"})  # a civil-service status, no post
_MEMBERS = frozenset({"thành viên", "đội viên"})  # position words of members, not of staff
# staff words that are verbs too: a post only set off after the name ('ông A, quản lý cây xăng B'); before a name they
# are the verb and the name its object ('đơn vị trực tiếp quản lý tài xế A', 'thẩm phán trực tiếp quản lý Dũng là B')
_VERB_STAFF = frozenset({"phụ trách", "chuyên trách", "quản lý"})
_BOTH = frozenset({"đều", "cùng"})  # "đều là", "cùng là": a post said of each person listed before
_LIST_JOINERS = frozenset({",", "và"})
_DEMONSTRATIVES = frozenset({"này", "đó"})
# Last words of a body that is followed by its province or district ("Huyện ủy Mù Cang Chải", "UBND Hà Tĩnh")
_BODY_ENDS = frozenset({"ủy", "uỷ", "ubnd", "hđnd", "ubmttq"})
# "là Chủ tịch ...", "là một trong các đồng chí Phó chủ nhiệm ...": a copula and what may stand before the title
COPULA_RE = re.compile(r"(?i:là|làm)(?:\s+một\s+trong)?(?:\s+(?:các|những))?(?:\s+đồng\s+chí)?\s+")
_WINDOW = 30  # tokens a title may span
_TRADE_WORDS = 3  # lower-case words of a trade a staff word may take before a name ('nhân viên bảo vệ chợ A')
# no trade's words: a name, a copula, a verb's helper or a list's 'khác như' follows the staff word ('cảnh sát tên A',
# 'cán bộ đã đánh A', 'Một số cán bộ khác như A')
_BODIES = _BUSINESSES | {"tổ chức", "cơ quan", "đơn vị", "nhóm"}  # a body's noun: the name after it is the body's ('tổ chức Nông Lương')
_NOT_TRADE = frozenset({"tên", "là", "làm", "và", "của", "cho", "với", "đã", "đang", "sẽ", "bị", "được", "cùng", "gồm", "như", "khác"})
_LEAD_WORDS = 2  # words that may open the clause before a title chained to a name ("Đích thân Giám đốc ..., A")
# ... or any number of them up to a verb that presents who came: "Dự buổi làm việc có Ủy viên Bộ Chính trị, Bí thư ... A"
_PRESENTING = frozenset({"có", "gồm"})
_OTHERS_TITLE = frozenset({"của", "mặt", "quyền", "theo", "cho", "với", "tặng", "trao", "được", "và", "cùng", "thay",
                           "thừa"})
# "Với vai trò Bí thư Chi bộ kiêm Trưởng thôn, ông Đer ...", "Trên cương vị Giám đốc Sở, ông A ...", "Từ vị thế Chánh án
# TAND tỉnh, ông B ...": the post opening
# the clause is the person's own
MEMBERSHIP_RE = re.compile(r"(?:(?:Tỉnh|Thành|Huyện|Quận|Đảng)\s+)?(?i:ủy|uỷ)\s+viên(?![^\W\d_])")  # a party membership
OWN_ROLE_RE = re.compile(r"(?i:vai\s+trò|cương\s+vị|vị\s+thế)\s+$")
_CAREER_REACH = 80  # tokens after a name a career cue may stand
_MAX_LIST = 8  # titles read after one name
_FORCES = frozenset({"cảnh sát", "công an", "quân đội"})  # the force a rank is of ('thượng sĩ cảnh sát')
_OPENER_WORDS = 8  # tokens of a phrase that may open a sentence before its subject ('Đến ngày 24/11/2023, ông')



@dataclass
class Mention:
    """One naming of a person inside a sentence (offsets into the normalised text)."""

    name: str
    name_span: tuple[int, int]
    span: tuple[int, int]
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    short: bool = False  # a given name alone ('trung tá Cường'): merged into a full name, never alone
    partial: bool = False  # no family name known ('anh Nam Khánh', 'Prasat'): merged into a full name it ends
    honored: bool = False  # named after an honorific ('ông Chình, Phó giám đốc công ty'): a person even when short



class PersonReader(SentenceTokens):
    """The people of one sentence, read left to right."""

    copula_title: str | None = None  # the post of the last "<post> là <person>", for "... và <person>"
    copula_at: int = 0  # the token of that person
    copula_commas: bool = False  # the post heads a list after a colon or "gồm", whose names commas part ("...: A, B và C")
    copula_colon: bool = False  # that list opens with a colon: semicolons part its people too, each with a post of their own
    copula_semicolons: bool = False  # that list opens with 'gồm' after the people counted: semicolons part its names
    copula_named: bool = False  # that list's names follow 'tên (là)': given names alone are people ('tên là Trung và Hùng')

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        boundary = 0
        candidates = list(self._candidates())
        firsts = [c[0] for c in candidates if c[2] == "surname"]  # where another person may be named
        # names with no post yet, joined by commas or "và" (the mention read for each, if any)
        pending: list[tuple[int, int, Mention | None]] = []
        strict = 0  # pending[strict:] are joined by commas or "và" alone
        for first, last, kind in candidates:
            if first < boundary:
                continue
            mention = self._read_person(first, last, kind, boundary)
            joined = bool(pending) and self._joins(pending[-1][1], first)
            # "ông A và ông B (đều là ...)": an honorific before the next name is no break in a list that 'đều là'
            # gives one post (a bracket alone is the nearest name's: "ông A và anh B (công an viên xã ...)")
            lead = self.honor_end.get(first, first) if first > boundary else first
            honored = not joined and bool(pending) and self._joins(pending[-1][1], lead)
            each = self._each_own(pending, first, last) if pending and (joined or honored) else None
            if each is not None:
                # "A, B và C (giám đốc, phó giám đốc và bác sĩ Trung tâm)", "ông A và ông B (lần lượt là Chủ tịch và
                # Phó chủ tịch UBND xã C)": as many posts as names, one each in the order named
                posts, close = each
                for entry, post in zip(pending, posts, strict=False):
                    if post:
                        out.extend(self._share([entry], [post]))
                if mention is None and posts[-1]:
                    span = (self.char(first), self.char_end(last))
                    mention = Mention(as_written(self.doc.norm, *span), span, (span[0], self.char_end(close)))
                if mention is not None:
                    mention.titles = [t for t in mention.titles if t not in posts and not self._in_bracket(t, last, close)
                                      ] + [posts[-1]][:bool(posts[-1])]
            elif mention is not None and mention.titles and (joined and self._counted_post(last) or (
                    joined or honored) and self._shared(last)):
                # a post after a list of names is the last one's (corpus DECISIONS 2026-12-03), unless it is said of
                # all: "A và B (hai chi cục phó)", "A, B - đều là nguyên cán bộ ..."
                out.extend(self._share(pending if self._shared(last) else pending[strict:], mention.titles))
            elif mention is not None and mention.titles and (joined or honored) and len(pending) == 1 \
                    and [w.casefold() for w in self.words[pending[0][1]:lead]] == ["và"] \
                    and (pair := self._respective(last, mention.titles)) is not None:
                # "ông A và bà B (Chủ tịch và Phó Chủ tịch UBND thị trấn C)": one post each, in the order named
                out.extend(self._share(pending, [pair[0]]))
                mention.titles[0] = pair[1]
            if kind == "surname" and (mention is None or not mention.titles):
                if joined or honored:
                    strict = strict if joined else len(pending)
                    pending = [*pending, (first, last, mention)]
                else:
                    pending, strict = [(first, last, mention)], 0
            elif mention is not None:
                pending, strict = [], 0
            if mention is None:
                continue
            out.append(mention)
            end = self.token_at(mention.span[1], after=True)
            if not mention.short:  # a given name alone may yet be a word of a longer title
                boundary = end
            k = bisect_left(firsts, end)
            mention.titles += self._career(end, firsts[k] if k < len(firsts) else len(self.words))
        return out

    def _joins(self, lo: int, hi: int) -> bool:
        """Whether the tokens [lo, hi) between two names only join them into a list (',', 'và'), an age written after
        the first apart ('ông A, 38 tuổi, và ông B, 59 tuổi, đều là cán bộ địa chính')."""
        k = lo
        while k < hi:
            if (end := self._age_aside(k)) is not None and end <= hi:
                k = end
            elif self.words[k] in _LIST_JOINERS:
                k += 1
            else:
                return False
        return True

    def _age_aside(self, k: int) -> int | None:
        """The token of the comma after an age set off by commas at token ``k`` (', 38 tuổi,', ', SN 1960,'), else
        None."""
        if self.words[k] != "," or (m := AGE_ASIDE_RE.match(self.text, self.char(k + 1) if k + 1 < len(self.words)
                                                             else len(self.text))) is None:
            return None
        end = self.token_at(m.end(), after=True)
        return end if end < len(self.words) and self.words[end] == "," else None

    def subject_titles(self) -> list[str]:
        """Titles a sentence opening with a pronoun puts on the person named before it ('Anh trở lại chiến
        trường xưa với các trọng trách: Chính ủy Lữ đoàn 305, ...'), also after a lower-case opening phrase ('Năm
        2016, ông được bổ nhiệm làm Phó giám đốc ...')."""
        k = 0
        if "," in self.words[1:_OPENER_WORDS] and not self.honor.get(0):
            k = self.words.index(",") + 1
            if not all(w[0].islower() or w[0].isdigit() or not w[0].isalpha() for w in self.words[1:k]):
                return []
        if len(self.words) < k + 2 or self.honor.get(k) != k + 1 or not self.words[k + 1][0].islower():
            return []
        firsts = [first for first, _, kind in self._candidates() if kind == "surname"]
        return self._career(k + 1, firsts[0] if firsts else len(self.words))

    def _career(self, lo: int, hi: int) -> list[str]:
        """Titles a career cue puts on the person named just before token ``lo`` ('..., làm Hiệu trưởng,
        Bí thư Đảng ủy Học viện', 'trên cương vị Phó chủ nhiệm ...'), up to the next name or subject."""
        stop = lo
        while stop < min(hi, lo + _CAREER_REACH) and not self._subject_stop(stop):
            stop += 1
        titles: list[str] = []
        if stop <= lo:
            return titles
        pos = self.char(lo)
        for m in CAREER_RE.finditer(self.text, pos, self.char_end(stop)):
            head = self.token_at(m.end())
            if m.start() < pos or head >= stop or self.head_end(head, any_case=True) is None \
                    or self._prospective(pos, m) or self._presides(m.group(), head):
                continue
            if ACT_ON_OTHER_RE.search(self.text, pos, m.start()) or DISMISS_RE.fullmatch(m.group().strip()) \
                    and not DISMISSED_RE.search(self.text, max(0, pos - _DISMISSED_REACH), m.start()):
                break  # "Thủ tướng A ký Quyết định ..., phê chuẩn nhân sự giữ chức Phó Chủ tịch ...": another's post
            found, end, _ = self._after(head, True, cued=True)
            titles += found
            pos = self.char(end)
        return titles

    def _presides(self, cue: str, head: int) -> bool:
        """Whether 'làm chủ tọa' follows the name: the role held at one hearing or meeting, what the person does there,
        no post ('Thẩm phán A, Phó Chánh án TAND tỉnh làm chủ tọa phiên tòa'; corpus dc_015, di_006, n_004 dev, where
        da_018 lists it)."""
        return cue.strip().casefold() == "làm" and " ".join(self.words[head:head + 2]).casefold() == "chủ tọa"

    def _subject_stop(self, k: int) -> bool:
        """Whether token ``k`` opens another subject's clause (titles.txt subject_stop), where a career cue stops
        reading back to the name. 'ông'/'bà' before a lower-case word is the pronoun for the person just named ('Phó
        Thủ tướng A được miễn nhiệm vì ông đã được phân công giữ chức ...', 'kỷ luật ông A ... trong giai đoạn ông làm
        Tổng Thanh tra Chính phủ'): no other name stands between (the reach ends at the next name)."""
        word = self.words[k].casefold()
        if word in _PRONOUNS_BACK:
            return k + 1 >= len(self.words) or not self.words[k + 1][:1].islower()
        return word in _SUBJECT_STOPS or k + 1 < len(self.words) and f"{self.words[k]} {self.words[k + 1]}" in _SUBJECT_STOPS

    def _prospective(self, pos: int, cue: re.Match[str]) -> bool:
        """Whether the career cue ``cue`` ('bầu giữ chức', 'làm') follows 'ứng cử ... bầu' or 'để ... bầu': the post after
        it is one the person is put up for (PROSPECTIVE_RE)."""
        lead = self.text[max(pos, cue.start() - 60):cue.start()].rstrip()
        first = cue.group().split()[0]
        return PROSPECTIVE_RE.search(f"{lead} {first}" if first.casefold() == "bầu" else lead) is not None

    def _candidates(self):
        """(first token, token after the last, kind) of each possible name; kind is surname, foreign,
        unsure (capitalised words, no known family name) or short (one word)."""
        run: list[int] = []
        for i, ok in enumerate(self.is_name):
            if ok and run and run[-1] == i - 1 and self.adjacent(i):
                run.append(i)
                continue
            if run and run[-1] == i - 1 and self._initial(i - 1) and i + 1 < len(self.words) \
                    and self.is_name[i + 1] and self.adjacent(i + 1):
                continue  # "George W. Bush", "Jack B. Weinstein": a foreign middle initial, its full stop, the name
            if ok and len(run) >= 2 and run[-1] == i - 2 and self._initial(i - 2) and self.adjacent(i):
                run.append(i)
                continue
            yield from self._names_in_run(run)
            run = [i] if ok else []
        yield from self._names_in_run(run)

    def _initial(self, k: int) -> bool:
        """Whether token ``k`` is one capital letter glued to a full stop inside a foreign name ('W.' of 'George W.
        Bush'), the word before it foreign."""
        word = self.words[k]
        return len(word) == 1 and word.isupper() and k + 1 < len(self.words) and self.words[k + 1] == "." \
            and self.spans[k][1] == self.spans[k + 1][0] and k > 0 and foreign_syllable(self.words[k - 1])

    def _names_in_run(self, run: list[int]):
        if run and NAMED_RE.fullmatch(self.words[run[0]]) and run[0] not in self.unit_end:
            run = run[1:]  # "Cty Bảo hiểm TP.HCM", "Cty Trung Hữu": a capitalised organisation noun opens the run
            # (after a unit word it opens the place's name: "huyện Chợ Gạo Trương Thành Giàu", "quận Cầu Giấy")
        if not run:
            return
        before = run[0]
        if before in self.unit_end:
            run = run[self._place_words(run):]  # "xã Tân Lập Nguyễn Văn A": the place comes first
        elif before in self.named_end and not (len(run) == 3 and surname_like(self.words[run[0]]) and (
                self.words[before - 1].casefold() in _CLUBS or self._generic_business(before))):
            run = run[2:] if len(run) > 3 else []  # "Bệnh viện Bạch Mai": the organisation's own name
            # ("Chủ tịch CLB Đặng Phước Dừa": after a club's word, a family name and two words are its head's name; so
            # after a generic noun in lower case, "Giám đốc xí nghiệp Trần Xuân Lập", read on unannotated VNTC news)
        elif before > 0 and self.words[before - 1].casefold() in _BODY_ENDS:
            # "Bí thư Huyện ủy Mù Cang Chải (tỉnh Yên Bái) Nông Việt Yên": the body's place comes first
            k = self._place_name_end(before, ("province", "district"))
            run = run[k - before:] if k is not None else run
        while run and (place_end := self.place.get(run[0])) is not None:
            run = [i for i in run if i >= place_end]
        run = run[self._country_words(run):]
        while len(run) > 1 and not (len(run) == 3 and self.words[run[1]] in _MIDDLE_ONLY) \
                and (self.words[run[-1]] in NAME_STOPS and not (
                run[-1] + 1 < len(self.words) and (self.words[run[-1] + 1] in _CLAUSE_ENDS | _DASHES | {"("}
                                                   or self.words[run[-1] + 1] in _NAME_GOES_ON
                                                   or SAYS_RE.match(self.text, self.char(run[-1] + 1)) is not None))
                                or run[-1] + 1 < len(self.words)
                                and (self.words[run[-1]], self.words[run[-1] + 1]) in NAME_STOP_PAIRS):
            run = run[:-1]  # "Nguyễn Nam Khánh Lần thứ nhất", "Nguyễn Minh Triết Tuy nhiên": a glued sentence start
            # ("Nguyễn Văn Được," and "Nguyễn Văn Tuy cho biết" are names; "giám đốc Sơn Theo xác minh": two words too;
            # after a middle name alone, 'Văn', 'Thị', the word is the given name: "Chánh án TAND tối cao Nguyễn Văn Hiện
            # đề nghị", "Chủ tịch UBND tỉnh Đồng Nai Võ Văn Một ký", read on unannotated VNTC news; so is "Trung tá Trương
            # Quang Được kể": what the person says follows the name, no sentence opens with it)
        if not run or self._body_name(run) or self._place_not_person(run):
            return
        names = [self.words[i] for i in run]
        thi = next((t for t in range(len(names) - 2, 0, -1) if names[t] == "Thị"), None)
        if thi is not None and len(names) - thi + 1 <= 5 and not any(map(surname_like, names[thi - 1:thi])) \
                and not any(map(surname_like, names[max(0, len(names) - 5):thi - 1])):
            # "Văn Thị Bạch Tuyết": the word before the women's middle name 'Thị' is the family name, one the list lacks
            yield run[thi - 1], run[-1] + 1, "surname"
            return
        if len(run) == 3 and (run[0] in self.honor_end or run[0] in self.rank_end) and not surname_like(names[0]) \
                and surname_like(names[1]) and names[0] not in NAME_STOPS and names[0].casefold() not in _ORG_WORDS \
                and self.place.get(run[0]) is None and run[0] not in self.unit_end:
            # "ông Mấu Thái Cư": right after an honorific, a family name the list lacks opens the name
            yield run[0], run[-1] + 1, "surname"
            return
        for k in (4, 3, 2):
            if k <= len(run) and surname_like(names[-k]):
                if k == 4 and names[-4].casefold() in _ORG_WORDS and surname_like(names[-3]):
                    k = 3  # "Trung ương Đoàn Nguyễn Anh Tuấn"
                elif k == 4 and len(run) >= 5 and surname_like(names[-3]) and not surname_like(names[-5]):
                    k = 3  # "hồ Tuyền Lâm Nguyễn Xuân Thành", "đảo Thổ Chu Lê Như Ý": a place's last word, then the name
                elif k == 4 and len(run) == 5 and names[-5] in SURNAMES and not surname_like(names[-3]) \
                        and (run[0] == 0 or not self.words[run[0] - 1][:1].isupper()):
                    k = 5  # "Lê Ngô Hữu Thiện Tâm": a name with both parents' family names
                if not self._body_place(run[-k], run[-1] + 1) and not self._province_named(run[-k:]):
                    yield run[-k], run[-1] + 1, "surname"
                return
        if len(run) == 1 and foreign_syllable(names[0]) and normalize_tone(names[0]).casefold() in _COUNTRIES:
            return  # "Tổng Lãnh sự Hungary tại TPHCM Nyerki József": the country the post is of (read on VNTC news)
        if len(run) == 1:
            yield run[0], run[0] + 1, "foreign-short" if foreign_syllable(names[0]) else "short"
        elif len(run) <= 4 and not self._body_place(run[0], run[-1] + 1):
            yield run[0], run[-1] + 1, "foreign" if any(map(foreign_syllable, names)) else "unsure"

    def _generic_business(self, before: int) -> bool:
        """Whether the organisation noun ending before token ``before`` is a business's, written in lower case ('giám
        đốc xí nghiệp', 'Phó giám đốc ngân hàng'): the works the story is about, not its name, so a full name after it
        is its head's (a hospital, a school, a market are often named after people: 'bệnh viện Nguyễn Tri Phương')."""
        two = " ".join(self.words[max(0, before - 2):before])
        noun = two if two.casefold() in _BUSINESSES else self.words[before - 1]
        return noun.casefold() in _BUSINESSES and noun[0].islower()

    def _province_named(self, run: list[int]) -> bool:
        """Whether two words from a family name after other capitalised words spell a province in full, with no
        honorific or rank before them ('Đại diện tuyển sinh RV Centre Hà Nội'): the body's place, not a person (read on
        unannotated VNTC news)."""
        return len(run) == 2 and run[0] - 1 >= 0 and self.is_name[run[0] - 1] and run[0] not in self.honor_end \
            and run[0] not in self.rank_end and known_place(" ".join(self.words[i] for i in run), ("province",),
                                                             spelled=True)

    def _place_not_person(self, run: list[int]) -> bool:
        """Whether a run of capitalised words with no family name in it names a country ('Tổng thống Nam Phi', 'Đại sứ
        quán Phần Lan', 'Tổng thống Mỹ G. Bush') or a place ('Công an Quận Cầu Giấy', 'Phó trưởng Công an Bình Thạnh'
        with no honorific or rank before it): no person (read on unannotated VNTC news)."""
        names = [self.words[i] for i in run]
        if any(map(surname_like, names)) and normalize_tone(names[0]).casefold() not in _COUNTRY_FIRSTS:
            return False
        if run[0] in self.honor_end or run[0] in self.rank_end or len(names) > 3 or len(names) == 1:
            return False  # ("bà Nga", "ông Đức": a given name that is also a country's)
        folded = normalize_tone(" ".join(names)).casefold()
        if folded in _COUNTRIES or len(names) == 2 and normalize_tone(names[0]).casefold() in _COUNTRIES \
                and len(names[1]) == 1 and names[1].isupper():
            return True  # ("Mỹ G.": the country, then a first name's initial)
        return names[0].casefold() in _UNIT_LEVELS and len(names) > 1 \
            or known_place(" ".join(names), ("province", "district"), spelled=True)

    def _body_name(self, run: list[int]) -> bool:
        """Whether a run of capitalised words is a body's name written in capitals ('Tổng Cục Hải quan', 'Đội Quản lý
        thị trường', 'Tổ Bảo vệ an ninh'): an organisation word among them, and the last one with the lower-case word
        after it an organisation word too."""
        after = run[-1] + 1
        return after < len(self.words) and self.words[after][:1].islower() and self.adjacent(after) \
            and f"{self.words[run[-1]]} {self.words[after]}".casefold() in _ORG_WORDS \
            and any(self.words[i].casefold() in _ORG_WORDS for i in run[:-1])

    def _body_place(self, start: int, end: int) -> bool:
        """Whether the words [start, end) right after an organisation's word spell a unit of the gazetteer with its
        accents: the body's place, not a person ('Bí thư Xã Đoàn Lương Thế Trân', 'cán bộ Huyện đội Sơn Tây', 'Đội
        phó cảnh sát Hoàn Kiếm'). A rank, an honorific or a title head right before makes it a person's name."""
        before = self.words[start - 1].casefold() if start else ""
        two = " ".join(self.words[max(0, start - 2):start]).casefold()
        if not (before in _ORG_WORDS or two in _ORG_WORDS) or before in _BODY_ENDS or start in self._anchor_ends \
                or start in self.unit_end:
            return False  # "có Hoàng Long, Giám đốc ...", "UBND Lê Quý Đôn": a person; after 'xã' the unit rule reads it
        return known_place(" ".join(self.words[start:end]), ("commune", "district", "province"), spelled=True)

    @cached_property
    def _anchor_ends(self) -> frozenset[int]:
        """Tokens right after a rank, an honorific or a title head."""
        return frozenset((*self.rank.values(), *self.honor.values(), *self.title.values(), *self.title_any.values()))

    def _country_words(self, run: list[int]) -> int:
        """How many words at the start of a run of names name a country: 'Tổng thống Moldova Vladimir Voronin',
        'Đại sứ Hàn Quốc tại Việt Nam Park Noh Wan' (two names at least are left for the person)."""
        for k in (3, 2, 1):
            if len(run) - k >= 2 and normalize_tone(" ".join(self.words[i] for i in run[:k])).casefold() in _COUNTRIES:
                return k
        # "Hội đồng Thương mại Mỹ - Việt Virginia Foote", "giám đốc người Nhật Yoshido Atsumi": a country's short name
        # (its first word) before a foreign name, whose words are no Kinh syllables
        if len(run) >= 3 and normalize_tone(self.words[run[0]]).casefold() in _COUNTRY_FIRSTS \
                and all(foreign_syllable(self.words[i]) for i in run[1:]):
            return 1
        return 0

    def _place_words(self, run: list[int]) -> int:
        """How many words of a run of names after a unit word ('xã', 'huyện') name the place.

        The longest start of the run that names a unit of the gazetteer ('Ea Ral', 'Phạm Ngũ Lão');
        else none when the run is 3-4 words from a family name ('Chủ tịch UBND huyện Trần Minh Tuấn':
        a person), else two (a village or street the gazetteer does not hold).
        """
        words_ = [self.words[i] for i in run[:4]]
        unit = self.unit_end.get(run[0])
        levels = _UNIT_LEVELS.get(self.text[self.char(unit):self.char_end(run[0])].strip().casefold(), ()) \
            if unit is not None else ()
        # a unit of the gazetteer's levels is named there; two words from a family name that name none is a person:
        # "Phó Chủ tịch UBND tỉnh Y Ngọc", "Chủ tịch HĐND tỉnh Thái Bảo"
        person = surname_like(words_[0]) and (3 <= len(run) <= 4 or len(run) == 2 and bool(levels))
        for k in range(min(4, len(run)), 0, -1):
            name = " ".join(words_[:k])
            # "phường Vũ Văn Vĩnh": a person's name whose first words fold to a place ("Vũ Vân") is still the person's
            if self.place.get(run[0]) == run[0] + k or known_place(name, levels) and not (
                    person and k < len(run) and not known_place(name, levels, spelled=True)):
                return k
        if person:
            return 0
        return min(2, len(run))

    # -- reading one person ---------------------------------------------------------------------

    def _read_person(self, first: int, last: int, kind: str, boundary: int) -> Mention | None:
        """Rank and titles around one name candidate, or None when nothing anchors it."""
        if last < len(self.words) and self.words[last][0].isdigit() and self.spans[last - 1][1] == self.spans[last][0]:
            return None  # "Cục trưởng C04", "Chuyên án A720P": a code, not a name
        if first > boundary and self.words[first - 1] in _DASHES \
                and known_place(" ".join(self.words[first:last]), ("province", "district")):
            return None  # "Giám đốc Sở TN-MT tỉnh Bà Rịa - Vũng Tàu": the second half of a province's name
        # "một nhân viên hải quan khác tên Hương", "2 công an viên tên là Trung và Hùng": 'tên (là)' says a given name
        # alone is the person's, as an honorific does (and so for the next one of its list)
        called = self._named_as(first, boundary) is not None or self._listed(first, boundary) and bool(self.copula_named)
        start, rank, titles, anchored = self._anchor(first, boundary, kind)
        if kind != "surname" and not anchored and not (kind == "foreign" and self._post_set_off(last)
                                                       and self._plain_foreign(first, last)):
            return None
        if kind in ("foreign-short", "short") and titles and first not in self.rank_end \
                and first not in self.honor_end and (kind == "foreign-short" and BUSINESS_HEAD_RE.fullmatch(titles[-1])
                                                     or self._org_word_before(first)):
            return None  # "Tổng giám đốc Canfoco bị truy tố", "nguyên phó tổng giám đốc Petro VN Nguyễn Quang Thường":
            # one foreign word after a business's head is the business; so is one word after a body's capitalised
            # common word, "Giám đốc tuyển sinh ĐH Kỹ thuật Curtin" (read on unannotated VNTC news)
        if last - first == 2 and titles and first not in self.rank_end and first not in self.honor_end \
                and any(start < j <= first for j in self.named_end):
            return None  # "Giám đốc Công ty TNHH Đầu tư và Phát triển Đông Kinh": the company's own name
        if kind == "short" and not self._short_ok(first):
            return None
        if kind == "unsure" and not self._proper_noun(first):
            return None
        start, chained = self._chain(start, boundary)
        titles = chained + titles
        name_end = self.char_end(last)
        if self.words[last - 1].isupper() and last < len(self.words) and self.words[last] == "." \
                and last - first > 1:
            name_end, last = self.spans[last][1], last + 1  # "Nguyễn Anh D." keeps its full stop
        after, end, rank_after = self._after(last, anchored, ranked=rank is not None)
        if start == first and not titles and not after and not rank_after:
            return None
        name = as_written(self.doc.norm, self.char(first), name_end)
        span = (self.char(start), max(self.char_end(end), name_end))
        return Mention(name, (self.char(first), name_end), span, rank or rank_after, titles + after,
                        short=kind == "short", partial=kind != "surname", honored=first in self.honor_end or called)

    def _post_set_off(self, k: int) -> bool:
        """Whether a capitalised post head follows token ``k`` after a comma or a spaced dash ('Michael Yu - Tổng giám
        đốc SITC'): a foreign name with no honorific before it is a person named with a post (corpus bx dev)."""
        return k + 1 < len(self.words) and (self.words[k] == "," or self.words[k] in _DASHES and self._spaced_dash(k)) \
            and self.words[k + 1][:1].isupper() and not self.words[k + 1].isupper() \
            and self.head_end(k + 1, any_case=False) is not None  # ("Paper-Based Toefl - PBT": an acronym)

    def _plain_foreign(self, first: int, last: int) -> bool:
        """Whether the foreign name [first, last) opens with no sentence word ('Tại Kuala Lumpur') and no country
        ('Mỹ Kerry'), none of its words glued to another ('TPHCMÔng')."""
        opener = self.words[first]
        return opener not in NAME_STOPS and normalize_tone(opener).casefold() not in _COUNTRY_FIRSTS \
            and all(not any(c.isupper() for c in self.words[i][1:]) for i in range(first, last))

    def _org_word_before(self, i: int) -> bool:
        """Whether the word before token ``i`` is capitalised and ends an organisation's common word ('ĐH Kỹ thuật'):
        one word after it is the body's own name."""
        return any(i >= k and self.words[i - k][:1].isupper() and " ".join(self.words[i - k:i]).casefold() in _ORG_WORDS
                   for k in (1, 2))

    def _short_ok(self, i: int) -> bool:
        """A given name alone is a person after a rank or honorific ('trung tá Cường', 'bà Lợi'), or after a
        title when the clause goes on after it ('Phó trưởng ban Em cho biết'), not a word of an organisation
        ('Ủy ban Trung ương')."""
        if i in self.rank_end or i in self.honor_end:
            return True
        if self.words[i].casefold() in _ORG_WORDS:
            return False  # "Bí thư Trung ương Đảng", "Bí thư Trung ương Đoàn"
        nxt = self.words[i + 1] if i + 1 < len(self.words) else "."
        return (self.hard_stop(i + 1) if i + 1 < len(self.words) else True) or nxt[0].islower() and \
            f"{self.words[i]} {nxt}".casefold() not in _ORG_WORDS

    def _proper_noun(self, i: int) -> bool:
        """Whether underthesea tags token i as a proper noun (only asked when unsure)."""
        start = self.char(i)
        tokens = self.doc.tokens_in(self.index, start, self.char_end(min(i + 4, len(self.spans))))
        return any(tok.start == start and tok.tag == "Np" for tok in tokens)

    def _anchor(self, pos: int, boundary: int, kind: str) -> tuple[int, str | None, list[str], bool]:
        """(start, rank, titles, anchored) for the rank, honorific or title right before the name at ``pos``."""
        rank, anchored, colon, semicolons, called = None, False, False, False, False
        titles: list[str] = []
        k = pos - 1 if pos - 1 > boundary and self.words[pos - 1] == "tên" else pos
        if " ".join(self.words[max(0, k - 2):k]).casefold() in _FORCES and self.rank_end.get(k - 2, -1) >= boundary:
            pos = k - 2  # "Trung tá công an Nguyễn Thế Xuân", "một trung úy công an tên Nguyễn Thành Phương"
        for _ in range(4):
            if (i := self.rank_end.get(pos)) is not None and i >= boundary:
                rank = rank or self._rank_words(i, pos)
            elif (i := self.honor_end.get(pos)) is None or i < boundary or (
                    i > 0 and self.words[i][0].isupper() and self.is_name[i - 1] and self.adjacent(i)):
                break  # "huyện Đông Anh Nguyễn Văn Hùng": a capitalised "Anh" after a name ends the place's name
            pos, anchored = i, True
        dashed = pos - 1 > boundary and self.words[pos - 1] in _DASHES and self._spaced_dash(pos - 1)
        if anchored:  # "Chủ tịch Hội Cựu chiến binh TP.HCM - Thiếu tướng Nguyễn Minh Hoàng": a title before a dash
            found = self._title_before(pos - 1, boundary, kind) if dashed else None
        else:
            found = self._title_before(pos, boundary, kind)
            if found is None and kind == "surname":
                found = self._unit_chained(pos, boundary)
            if found is None and dashed:  # "Chủ tịch UBND huyện Đại Lộc - Lê Văn Quang": the title, a dash, the name
                found = self._title_before(pos - 1, boundary, kind)
        if found is None and (named := self._named_as(pos, boundary)) is not None:
            # "Trưởng đoàn tàu E1, tên là Nguyễn Tấn Tài", "một kế toán của Công ty Kim Sơn, tên là Thắng": the post, then
            # the person's name after 'tên (là)'
            found = self._title_before(named, boundary, kind, named=True)
            called = True  # ("2 công an viên tên là Trung và Hùng": the people counted, each one named)
        elif found is None and pos - 1 > boundary and self.words[pos - 1].casefold() == "là" and self.adjacent(pos):
            # "Giám đốc Công ty TNHH Hoàng Long là ông Nguyễn Văn Nam", "Hai phó giám đốc công an tỉnh là Đại tá A
            # và Thượng tá B": the post comes before the copula (and goes to each person of the list)
            then = next((k for k in (pos - 3, pos - 4, pos - 5) if k > boundary
                         and THEN_RE.fullmatch(" ".join(self.words[k:pos - 1]))), pos - 1)
            if then < pos - 1 and then - 1 > boundary and self.words[then - 1] == "(":
                then -= 1  # "Chủ tịch HĐQT của công ty (lúc này là ông Vũ Khánh)": who held the post then, in a bracket
            found = self._title_before(then, boundary, kind)  # "Giám đốc Sở ... lúc đó là Bùi Trần Dự": when, then who
            if found is None and kind == "unsure" and (counted := self._title_before(then, boundary, "surname")) \
                    is not None and self._plural_before(counted[0]):
                found = counted  # "2 trưởng an ninh tàu E1 là Trang Ngọc Tý": people counted, then named after 'là'
            self._remember(found, pos, commas=False)
        elif found is None and pos - 1 > boundary and self.words[pos - 1] == "," \
                and (counted := self._title_before(pos - 1, boundary, kind)) is not None \
                and self._plural_before(counted[0]) and anchored:
            # "hai Phó Viện trưởng, TS. Phạm Thị Thúy Nga và TS. Nguyễn Linh Giang": a counted post, then who
            found = counted
            self._remember(found, pos, commas=False)
        elif found is None and (opener := self._list_opener(pos, boundary)) is not None:
            # "các đồng chí Phó Viện trưởng VKSND tối cao: Trần Công Phàn, Nguyễn Duy Giảng", "tám nhân viên kiểm hóa
            # thuộc Chi cục Hải quan ... gồm A, B và C": a post the list shares, said of people counted
            found = self._title_before(opener, boundary, kind)
            if found is not None and (not self._plural_before(found[0]) or self._group(found[0], opener)):
                found = None  # "những cán bộ liên quan gồm: A, B": a group, not a post; "4 cán bộ ... gồm: A, B" is
            colon = self.words[opener] == ":"
            # "3 công an viên gồm A; B và C": semicolons part the people counted before 'gồm' too
            semicolons = self.words[opener].casefold() == "gồm"
            self._remember(found, pos, commas=True, colon=colon, semicolons=semicolons)
        elif found is None and (toward := self._toward(pos, boundary)) is not None:
            # "bổ nhiệm chức vụ Bộ trưởng Bộ Xây dựng đối với ông Trần Hồng Minh": the post an act gives a person;
            # "miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn của ông Trương Chí Trung": the post a person held
            found = self._title_before(toward, boundary, kind)
            if found is not None and self.words[toward].casefold() == "của" \
                    and " ".join(self.words[max(0, found[0] - 2):found[0]]).casefold() not in ("chức vụ", "chức danh"):
                found = None
            # "miễn nhiệm Ủy viên UBND tỉnh đối với bà A, nguyên ...; ông B, nguyên ...": the act goes to each one listed
            self._remember(found, pos, commas=False, colon=self.words[toward].casefold() == "đối")
        elif found is None and self._listed(pos, boundary):
            titles.append(self.copula_title or "")
            anchored = True
        if found is not None:
            head, end = found
            if (opener := self._list_opener(head, boundary)) is not None and self.words[opener] == ":" \
                    and (listed := self._title_before(opener, boundary, kind)) is not None \
                    and self._plural_before(listed[0]) and not self._group(listed[0], opener):
                # "các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Kế hoạch và Đầu tư A, Bộ trưởng ... B": the post the
                # list shares, then each one's own
                self._remember(listed, pos, commas=True, colon=True)
                titles.append(self.copula_title or "")
            elif self.copula_colon and self._listed(head, boundary):
                titles.append(self.copula_title or "")
            if self._plural_before(head):
                self._remember(found, pos, commas=True, colon=colon, semicolons=semicolons, named=called)  # "các thứ trưởng A, B, C": a post each name of the list holds
            # "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy A", "Ủy viên Ban TVTU Chủ tịch Ủy ban MTTQ tỉnh A": two posts
            cuts = [(k, k + 1) for k in range(head + 1, end - 1)
                    if self.words[k] in _DASHES and self._spaced_dash(k) and self.head_end(k + 1) is not None
                    ] + [(k, k) for k in range((self.head_end(head) or head) + 1, end - 1) if self._next_post(k)]
            cuts.sort()
            for lo, hi in zip([head, *(after for _, after in cuts)], [*(at for at, _ in cuts), end], strict=True):
                titles.append(self._title_text(lo, hi))
            pos, anchored = head, True
            if rank is None and (i := self.rank_end.get(head)) is not None and i >= boundary:
                # "thượng úy Phó chỉ huy chính trị Nguyễn Văn A": the rank, then the post, then the name
                rank, pos = self._rank_words(i, head), i
            elif rank is None and head - 1 > boundary and self.words[head - 1] == "," \
                    and (i := self.rank_end.get(head - 1)) is not None and i >= boundary:
                # "do thiếu tướng, Cục trưởng Phạm Xuân Quắc ký", "cựu thiếu tướng, cựu giám đốc Công an Hải Phòng Đỗ
                # Hữu Ca": the rank, a comma, the post, then the name
                rank, pos = self._rank_words(i, head - 1), i
        return pos, rank, titles, anchored

    def _unit_chained(self, pos: int, boundary: int) -> tuple[int, int] | None:
        """(head, end) of a post whose unit goes on after a comma right into the name at token ``pos`` ('Đội trưởng
        đội 2, Phòng Cảnh sát hình sự Nguyễn Văn A'): one title with its comma (corpus DECISIONS: comma-chained unit
        titles), else None."""
        seg = self._segment_start(pos, boundary)
        if seg is None or seg - 1 <= boundary or self.words[seg - 1] != "," or not self._unit_body(seg) \
                or any(self._person_at(k, limit=pos) for k in range(seg + 1, pos)) \
                or predicate_start(self.doc, self.index, self.char(seg), self.char_end(pos - 1),
                                   body=self.char(seg)) < self.char_end(pos - 1):
            return None
        before = self._title_before(seg - 1, boundary, "surname")
        return (before[0], pos) if before is not None else None

    def _rank_words(self, first: int, last: int) -> str:
        """The rank written in tokens [first, last] ('Thượng tá', 'thiếu tướng'), in the form _RANKS gives it."""
        return _RANKS[" ".join(self.text[self.char(first):self.char_end(last)].split()).casefold()]

    def _named_as(self, pos: int, boundary: int) -> int | None:
        """The token that ends a post written before 'tên' or 'tên là' right before the name at token ``pos`` (a comma
        may stand before 'tên'), else None."""
        k = pos - 1
        if k > boundary and self.words[k].casefold() == "là":
            k -= 1
        if k <= boundary or self.words[k].casefold() != "tên" or not self.adjacent(pos):
            return None
        k = k - 1 if k - 1 > boundary and self.words[k - 1] == "," else k
        return k - 1 if k - 1 > boundary and self.words[k - 1].casefold() == "khác" else k  # "một nhân viên hải quan khác"

    def _listed(self, pos: int, boundary: int) -> bool:
        """Whether the person whose mention starts at token ``pos`` is the next of the list the remembered post goes to:
        after 'và', or after a comma or a semicolon in a list opened by a colon ('các Ủy viên Bộ Chính trị: A, Phó
        Thủ tướng ...; B, Trưởng Ban ...')."""
        if not self.copula_title or pos - 1 < boundary:
            return False
        if self.copula_colon:
            return self.words[pos - 1] in AND_WORDS or self.words[pos - 1] in (",", ";")
        if self.copula_semicolons and self.words[pos - 1] == ";":
            return all(self.is_name[k] or self.words[k] in _LIST_JOINERS or self.words[k] == ";"
                       for k in range(self.copula_at, pos - 1))  # "gồm A; B và C": names only between
        return (self.words[pos - 1] in AND_WORDS or self.copula_commas and self.words[pos - 1] == ",") \
            and (self.copula_semicolons or ";" not in self.words[self.copula_at:pos])  # "...; và Lê Quang Trung, cựu ...": another list

    def _group(self, head: int, opener: int) -> bool:
        """Whether the plural post at token ``head`` before the list opened at ``opener`` names a group the people
        belong to, not a post each holds: 'những cán bộ liên quan gồm: A, B', 'gồm các đại biểu: A, B'."""
        before = [w.casefold() for w in self.words[max(0, head - 2):head]]
        return bool(before) and before[-1] in ("các", "những") and (
            self.words[opener].casefold() == "gồm" or len(before) == 2 and before[0] == "gồm")

    def _remember(self, found: tuple[int, int] | None, pos: int, commas: bool, colon: bool = False,
                  semicolons: bool = False, named: bool = False) -> None:
        """Keep a post said of the person at token ``pos`` for the next ones of its list (joined by 'và', and by
        commas too after a colon; by semicolons too after 'gồm')."""
        if found is not None:
            self.copula_title, self.copula_at, self.copula_commas = self._title_text(*found), pos, commas
            self.copula_named = named
            self.copula_colon, self.copula_semicolons = colon, semicolons

    def _list_opener(self, pos: int, boundary: int) -> int | None:
        """The colon or 'gồm' that opens the list of names the name at token ``pos`` belongs to, else None."""
        k = pos - 1
        while k > boundary and (self.words[k] in (",", "và") or self.is_name[k]):
            k -= 1
        if k - 1 > boundary and self.words[k] == ":" and self.words[k - 1].casefold() == "gồm":
            k -= 1  # "4 cán bộ, nhân viên Đội QLTT cơ động gồm: A (Đội trưởng), B": the post ends before 'gồm'
        return k if k > boundary and (self.words[k] == ":" or self.words[k].casefold() == "gồm") else None

    def _toward(self, pos: int, boundary: int) -> int | None:
        """The token of 'đối với' ('đối với các') or 'của' right before token ``pos``, else None; before 'đối với',
        the term the post is held for ('chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 đối với ông A') is no part of
        the post."""
        k = pos - 1 if pos - 1 >= boundary and self.words[pos - 1].casefold() == "các" else pos
        if k - 2 >= boundary and self.words[k - 2].casefold() == "đối" and self.words[k - 1].casefold() == "với":
            term = TERM_BEFORE_RE.search(self.text, max(0, self.char(k - 2) - 60), self.char(k - 2))
            return self.token_at(term.start()) if term and self.token_at(term.start()) > boundary else k - 2
        if k - 1 >= boundary and self.words[k - 1].casefold() == "của":
            return k - 1
        return None

    def _title_text(self, head: int, end: int) -> str:
        """The title from token ``head`` to ``end``; 'Tổng giám đốc công ty này' refers back to a body named
        before, so the post is the head alone."""
        if self.words[end - 1].casefold() in _DEMONSTRATIVES and (head_end := self.head_end(head)) is not None:
            end = min(end, head_end)
        return tidy(as_written(self.doc.norm, self.char(head), self.char_end(end)))

    def _chain(self, pos: int, boundary: int) -> tuple[int, list[str]]:
        """(start, titles) of the comma-separated titles before token ``pos``."""
        titles: list[str] = []
        for _ in range(6):  # "Bí thư Trung ương Đảng, Chủ tịch Ủy ban ... Đỗ Văn Chiến"
            comma = pos - 1
            if comma <= boundary or self.words[comma] != ",":
                break
            seg = self._segment_start(comma, boundary)
            if seg is None:
                break
            # the first head whose title runs cleanly to the comma: "Đích thân Giám đốc Công an tỉnh, đại tá A"
            head = next((k for k in range(seg, comma)
                         if (k == seg or self.words[k - 1].islower() and (
                             k <= seg + _LEAD_WORDS or self.words[k - 1].casefold() in _PRESENTING
                             or self._own_role(seg, k) or self._member_of_chain(k, pos)))
                         and self.head_end(k, any_case=self._chained_lower(seg, comma, boundary) and (
                             k == seg or self.words[k - 1].casefold() in _PRESENTING)) is not None
                         and self._reaches(k, comma)), None)  # ("Ban Giám đốc Công an tỉnh" is a body, no title)
            # (words before a verb presenting who came open the clause: "Cùng dự hội nghị có Phó Bí thư Thành ủy, Chủ
            # tịch UBND TP A")
            opener = max((k + 1 for k in range(seg, head or seg) if self.words[k].casefold() in _PRESENTING), default=seg)
            if head is None or any(w.casefold() in _OTHERS_TITLE for w in self.words[opener:head]) \
                    and not self._own_role(seg, head) and not self._member_of_chain(head, pos):
                break  # "Thay mặt Bộ trưởng Bộ Công an, Đại tá A", "Theo ủy quyền của Chủ tịch nước, ông B": not A's
            titles.insert(0, tidy(as_written(self.doc.norm, self.char(head), self.char_end(comma))))
            pos = head
            if head > seg:
                break  # the words before the title open the clause
        return pos, titles

    def _chained_lower(self, seg: int, comma: int, boundary: int) -> bool:
        """Whether the segment [seg, comma) stands between two commas after a title ('Cục trưởng A, thường trực Ban
        chỉ đạo B, ông C') and names a body in capitals: a post written in lower case inside the chain (corpus bz
        dev)."""
        if not any(w[:1].isupper() for w in self.words[seg + 1:comma]):
            return False
        if self.words[comma + 1].casefold() in FORMER_WORDS:
            return True  # "có nguyên phó trưởng Công an phường A, nguyên đội phó đội B, Công an quận C Nguyễn Văn D"
        if seg - 1 <= boundary or self.words[seg - 1] != "," or (before := self._segment_start(seg - 1, boundary)) is None:
            return False
        return self.head_end(before, any_case=False) is not None

    def _member_of_chain(self, head: int, pos: int) -> bool:
        """Whether the title at ``head``, after 'của', is a party membership ('Ủy viên Bộ Chính trị') and the next
        comma-chained title at ``pos`` heads straight into the name: a membership names nobody alone, so 'lời mời của Ủy
        viên Bộ Chính trị, Chủ tịch Quốc hội A' gives both to A (not 'ủy quyền của Chủ tịch nước, Phó Chủ tịch nước B')."""
        return self.words[head - 1].casefold() == "của" and MEMBERSHIP_RE.match(self.text, self.char(head)) is not None \
            and self.head_end(pos, any_case=False) is not None

    def _own_role(self, seg: int, head: int) -> bool:
        """Whether the words from token ``seg`` to the head at ``head`` end with 'vai trò' or 'cương vị': the post is
        the one the person named after it holds."""
        return OWN_ROLE_RE.search(self.text, self.char(seg), self.char(head)) is not None

    def _segment_start(self, end: int, boundary: int) -> int | None:
        """First token after the stop that precedes token ``end`` (None when it is too far back)."""
        k = end - 1
        while k >= boundary and not self.hard_stop(k):
            if end - k > _WINDOW:
                return None
            k -= 1
        return k + 1

    def _title_before(self, pos: int, boundary: int, kind: str, named: bool = False) -> tuple[int, int] | None:
        """(head, end) of a title that ends right before token ``pos`` (a bracket between is skipped, unless it defines
        the body's acronym); ``named``: the name follows 'tên (là)', which says the post is this person's, so a staff
        word's body may be in lower case ('nhân viên thuế vụ tên Hồ Văn Cư')."""
        end = title_end = pos
        if end - 1 >= boundary and self.words[end - 1] == ")":
            k = end - 2
            while k >= boundary and end - k < 15 and self.words[k] not in "()":
                k -= 1
            if k < boundary or self.words[k] != "(":
                return None
            # "Cục trưởng Cục Điện lực (Bộ Công Thương) Phương Hoàng Kim", "Trưởng Công an huyện Mê Linh (Vĩnh Phúc) Lê
            # Đình Cẩn": the bracket is left out, its parent body or its place an aside as after a name (corpus
            # DECISIONS 2026-12-03); a body's acronym ("Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) Nguyễn
            # Văn Hồi") is written with the title and kept (C1, corpus DECISIONS 2026-12-03 late)
            end = k
            title_end = pos if self._acronym_bracket(k) == pos - 1 and self._place_note(k) is None else k
        if end == pos and not ((self.adjacent(pos) or self.words[pos] in ":,") and self.words[pos - 1][-1].isalnum()):
            return None  # "Sư đoàn 3-Sao Vàng": a title runs into a name only across a space
        first = self._segment_start(end, boundary)
        if first is None:
            first = end - _WINDOW
        first = max(first, boundary)
        for k in range(first, end):  # after 'và' + a lower-case word or another name, no title reaches here
            if self.lower_and(k) or self._person_at(k, limit=end):
                first = k + 1
        lower_ok = named or kind in ("surname", "foreign", "foreign-short")  # ('nhân viên hải quan khác tên Hương')
        hi = self.char_end(end)
        head = first
        while head < end:
            head_end = self.head_end(head, any_case=lower_ok)
            if head_end is not None and head > first and self.compound_tail(head):
                head_end = None  # "chức vụ Phó Thủ tướng" holds no "Vụ phó"
            if head_end is None and lower_ok and head in self.appositive \
                    and " ".join(self.words[head:self.appositive[head]]).casefold() not in _VERB_STAFF:
                head_end = self._appositive(head)  # "(cán bộ Đội Cảnh sát Hình sự Trần Việt Anh, ...)"
                if head_end is not None and (head_end >= end or not self.words[head_end][0].isupper()) \
                        and not (head_end < end and (named or self._counted(head, head_end)
                                                     or kind == "surname" and self._trade(head, head_end, end))):
                    head_end = None  # "hai cán bộ kiểm lâm là A và B": a post said of the people counted
            if head_end is None or head_end > end:
                head += 1
                continue
            cut = predicate_start(self.doc, self.index, self.char(head), hi, body=min(self.char(head_end), hi))
            if cut >= hi:
                return self._also_before(first, head), title_end
            head = max(head + 1, self.token_at(cut, after=True))  # no head before the predicate reaches
        return None

    def _trade(self, head: int, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi), after the staff word at [head, lo), are a few lower-case words of a trade or a service ('thú y', 'bảo vệ chợ', 'kiểm
        hóa') between a staff word and a full name, so the staff word and they are the person's post: 'cán bộ thú y
        Phạm Văn A', 'nhân viên bảo vệ chợ Lê Văn B' (corpus bm, da dev)."""
        words = self.words[lo:hi]
        return 0 < hi - lo <= _TRADE_WORDS and hi < len(self.words) and self.is_name[hi] and all(w.isalpha() and w.islower() and w not in _NOT_TRADE for w in words) \
            and not any(" ".join(words[i:j]) in _BODIES for i in range(len(words)) for j in (i + 1, i + 2)) \
            and " ".join(self.words[head:lo]).casefold() not in _MEMBERS | {"đại diện"}

    def _also_before(self, first: int, head: int) -> int:
        """The head of the post joined by 'kiêm' to the title at token ``head`` ('Trưởng tiểu ban tiêu hủy gia cầm
        kiêm trưởng thôn A': one title, corpus DECISIONS 2026-12-03): the first after token ``first`` with no comma or
        dash between; else ``head``."""
        if head - 2 < first or self.words[head - 1].casefold() != "kiêm":
            return head
        return next((k for k in range(first, head - 1) if self.head_end(k) is not None
                     and not any(w in _CLAUSE_ENDS or w in _DASHES for w in self.words[k:head])), head)

    def _counted(self, head: int, head_end: int) -> bool:
        """Whether the staff word at tokens [head, head_end) is counted ('2 nhân viên hải quan', 'các nhân viên kiểm
        hóa'): then what follows it says where they serve. Members ('3 thành viên') hold no post."""
        return " ".join(self.words[head:head_end]).casefold() not in _MEMBERS and self._plural_before(head)

    def _plural_before(self, i: int) -> bool:
        """Whether a count or plural word ('các', 'hai', '2', 'các đồng chí') stands right before token ``i``."""
        return PLURAL_BEFORE_RE.search(self.text, max(0, self.char(i) - 24), self.char(i)) is not None

    def _reaches(self, head: int, end: int) -> bool:
        """Whether the title from the head at token ``head`` runs cleanly to token ``end``."""
        head_end = self.head_end(head)
        if head_end is None or head_end > end:
            return False
        k = head_end
        while k < end:
            word = self.words[k]
            if word in _OPEN_QUOTES and self._quoted_name(k, head_end):
                close = self._closing_quote(k, end)
                if close is None:
                    return False
                k = close + 1
                continue
            if self.hard_stop(k) or self.lower_and(k) or self._person_at(k, limit=end):
                return False  # another person's name inside: the title is not this one's
            k += 1
        lo, hi = self.char(head), self.char_end(end)
        return predicate_start(self.doc, self.index, lo, hi, body=min(self.char(head_end), hi)) >= hi

    def _closing_quote(self, k: int, limit: int) -> int | None:
        for j in range(k + 1, min(limit, k + _WINDOW)):
            if self.words[j] in _CLOSE_QUOTES:
                return j
        return None

    def _after(self, pos: int, anchored: bool, cued: bool = False, ranked: bool = False
               ) -> tuple[list[str], int, str | None]:
        """(titles, end token, rank) of the appositive list after a name: `, Ủy viên ..., Bộ trưởng ...;`
        (``cued``: ``pos`` is a title head a career cue points at, which may be written in lower case; ``ranked``: a
        rank stands before the name, so the unit named after it with no post is the officer's title)."""
        titles: list[str] = []
        chained: list[tuple[int, bool]] = []  # where each title's segment opened; whether a comma after a bracket did
        rank = None
        n = len(self.words)
        for step in range(_MAX_LIST):
            if pos >= n:
                break
            if titles and (k := self._place_note(pos)) is not None:
                pos = k  # "Trưởng Công an xã Kỳ Thượng (huyện Kỳ Anh, Hà Tĩnh)", "Hạt trưởng Hạt Kiểm lâm Sông Hinh (Phú
                # Yên)": a bracket that says where the post is, an aside, not part of the title (corpus DECISIONS 2026-12-03)
                continue
            if titles and self.words[pos] == "(" and (k := self._acronym_bracket(pos) or self._short_name(pos, titles[-1])
                                                      or self._former_unit(pos)) is not None:
                titles[-1] += " " + as_written(self.doc.norm, self.char(pos), self.char_end(k + 1))
                pos = k + 1  # "... Tổng Công ty Cấp nước Sài Gòn (SAWACO)": the body's acronym is written with the title
                continue
            seg: int | None
            also = False  # the segment is a post the holder of the last one holds with it: "..., kiêm Bí thư Huyện ủy"
            if titles and self.words[pos] == "," and pos + 2 < n and self.words[pos + 1].casefold() == "kiêm" \
                    and (self.head_end(pos + 2) or self._appositive(pos + 2)) is not None:
                seg, also = pos + 2, True  # "A kiêm B" with or without a comma is one title (corpus DECISIONS 2026-12-03)
            elif titles and self.words[pos] in _DASHES and pos + 1 < n and self.head_end(pos + 1) is not None:
                seg = pos + 1  # "Phó Chỉ huy trưởng-Tham mưu trưởng Bộ CHQS tỉnh": a dash glued between two posts
            elif titles and 0 < pos < n and self._next_post(pos):
                seg = pos  # "... Tiền Giang thành viên Ban chỉ đạo tỉnh": the next post, with no comma before it
            elif titles and cued and self.words[pos] in AND_WORDS and pos + 1 < n \
                    and self.head_end(pos + 1, any_case=False) is not None:
                seg = pos + 1  # "cách chức Ủy viên Hội đồng Quản trị và Chủ tịch Hội đồng Quản trị ...": a cue's posts
            elif step == 0 and ranked and (self.words[pos].casefold() == "thuộc" or self.words[pos] in _DASHES
                                           and pos + 1 < n and self._unit_body(pos + 1)):
                # "Thiếu tá A thuộc Đội điều tra truy xét ...", "Thượng úy B-Công an xã C": the unit the officer serves in
                seg = pos if self.words[pos].casefold() == "thuộc" else pos + 1
            else:
                seg = self._segment_after(pos, step == 0 and anchored, step == 0 and cued)
            if seg is None or seg >= n:
                break
            if (m := HONOUR_RE.match(self.text, self.char(seg))) is not None:
                k = self.token_at(m.end(), after=True)
                if k < n and self.words[k] == ",":
                    pos = k  # ", Anh hùng Lực lượng vũ trang nhân dân, nguyên ...": an honour, then the posts
                    continue
                break
            own_unit = False
            if step == 0 and ranked and self.head_end(seg) is None and self._appositive(seg) is None:
                # "Thượng tá A, Phòng Cảnh sát PCCC Công an tỉnh B", "Đại úy C - Đội CSGT đường bộ số 1", "trung úy D
                # (Công an thành phố E)", "(thuộc Phòng ...)": an officer named with the unit only has it as title
                at_body = seg + 1 if self.words[seg].casefold() == "thuộc" and seg + 1 < n else seg
                if self._unit_body(at_body):
                    seg, own_unit = at_body, True
            at = seg + 1 if self.words[seg].casefold() in ("nguyên", "cựu") and seg + 1 in self.rank else seg
            if (j := self.rank.get(at)) is not None and (end := self._rank_end(j)) is not None:
                # "Trần Văn A, thượng sĩ cảnh sát, Đội ...", "(nguyên thiếu tá, trưởng Công an phường 1, ...)"
                rank, pos = self._rank_words(at, j), end
                continue
            if j is not None and at == seg and self.words[seg][0].islower() and self.head_end(j) is not None:
                # "ông Đinh Kỳ Đáp, thượng tá nguyên phó phòng cảnh sát điều tra": a rank, then the post
                rank, seg = self._rank_words(seg, j), j
            if titles and self.words[seg - 1] == "," and (k := self._province_tail(seg, titles[-1])) is not None:
                titles[-1] += ", " + as_written(self.doc.norm, self.char(seg), self.char_end(k))
                pos = k  # "Chủ tịch UBND xã A, huyện B, Hà Tĩnh": the province named bare after the district
                continue
            numbered = False
            unit = bool(titles) and self.words[seg - 1] == "," and self.head_end(seg) is None and (
                seg in self.unit and not NATIONAL_BODY_RE.search(titles[-1]) and self.words[seg].casefold() not in _STREETS
                or (f := self._formation_at(seg)) is not None and self._new_body(seg, f, titles[-1])
                or seg in self.parent and self._parent_of(seg, titles[-1])
                or self.words[seg].casefold() == "thuộc" and seg + 1 < n and self._unit_body(seg + 1)
                or (numbered := self._numbered_parent(seg, titles[-1]))
            )  # ", Cục B" goes on the title; ", Cục trưởng Cục B" is another; ", thuộc Công ty B": the body it is part of
            if titles and GROUP_ENVOY_RE.match(self.text, self.char(seg)):
                break  # "A, Phó Trưởng Công an huyện, đại diện lãnh đạo Đảng ủy, UBND xã": the next attendees, not A's post
            head = self.head_end(seg) or self._appositive(seg)
            if head is None and not unit and not own_unit:
                break
            body = self.char(head or seg)
            end, other = self._segment_end(head or seg)
            if end <= seg:
                break
            hi = self.char_end(end)
            cut = min(self.token_at(predicate_start(self.doc, self.index, self.char(seg), hi, body=min(body, hi)),
                                    after=True), end)
            if other and cut >= end:
                if len(chained) > 1 and self.words[seg - 1] == ",":
                    # "Trung tướng A - Cục trưởng Cục B (Bộ Công an), Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh C": the
                    # posts chained by commas right before the next name are that person's (read back from it)
                    k = next((i for i in range(len(chained) - 1, 0, -1) if not chained[i][1]), None)  # after "),"
                    if k is not None and all(chained[i][1] for i in range(k + 1, len(chained))):
                        pos = chained[k][0]
                        del titles[k:]
                break  # the segment names someone else: "Phó Thủ tướng A, Tổng thư ký ASEAN B"
            if any(self.words[k].casefold() == "kiêm" and self.head_end(k + 1) is not None
                   and not any(w.casefold() in _OTHERS_TITLE for w in self.words[seg:k])
                   and (other or any(self._person_at(j, limit=end) for j in range(k + 2, end)))
                   for k in range(cut, end - 1)):
                break  # "Trưởng ban A, Trưởng tiểu ban tiêu hủy gia cầm kiêm trưởng thôn B": B's one title
            if own_unit and cut < end and not SAYS_RE.match(self.text, self.char(cut)):
                break  # "Cũng theo thiếu tá A, Công an tỉnh B phối hợp ...": the unit is the next clause's subject
            cut = self._place_close(seg, cut)
            penalty = PENALTY_RE.search(self.text, self.char(seg), self.char_end(min(cut + 1, n)))
            if penalty is not None and penalty.start() < self.char_end(cut):
                cut = max(seg, self.token_at(penalty.start()))  # "tuyên phạt A, giám đốc Công ty B 20 năm tù"
            if cut < end and cut - 2 > seg and self.words[cut - 2] in _DASHES and self._spaced_dash(cut - 2) \
                    and self.words[cut - 1][:1].islower():
                cut -= 2  # "Ông A - phó giám đốc Công ty B - nhìn nhận ...": a dash closes the post, one word of the
                # predicate after it (read on unannotated VNTC news)
            while cut - 2 >= seg and self.words[cut - 1].casefold() in _GLUED_VERBS \
                    and self.spans[cut - 2][1] == self.spans[cut - 1][0]:
                cut -= 1  # "Bộ trưởng Bộ Công anđã gửi thư", "Phó giám đốc TTĐKGTcho biết": a verb glued to the post's end
            title = as_written(self.doc.norm, self.char(seg), self.char_end(cut)) if cut > seg else ""
            if (unit or head == self._appositive(seg)) and not also and not numbered and not any(c.isupper() for c in title) \
                    and not (step == 0 and (self._whole_bracket(seg, cut) or anchored and (self._said_after(cut) or self._whole_clause(seg, cut, end)))) \
                    and not (unit and NUMBERED_DISTRICT_RE.fullmatch(tidy(title)) and COMMUNE_LAST_RE.search(titles[-1])) \
                    and not (unit and NUMBERED_UNIT_RE.fullmatch(tidy(title)) and self._place_follows(cut)):
                break  # ", đường dây ...": a unit or position word with no name after it ("(kiểm sát viên)" is a post)
            if not title or unit and UNIT_RE.fullmatch(tidy(title)) or tidy(title).casefold() in _STATUS_WORDS \
                    or numbered and tidy(title).casefold() in _CHAINED_UNITS:  # ", công ty vừa có văn bản ..."
                # ("Lê Hoàng Đủ (SN 1988, công chức)": a civil-service status alone names no post)
                break  # ", TP sẽ ...": a unit word with no name after it opens the next clause
            if also:
                titles[-1] += f", {self.words[pos + 1]} " + tidy(title)
            elif unit:
                titles[-1] += ", " + tidy(title)  # "Chủ tịch UBND xã A, huyện B", "Trung đội 2, Đại đội 4"
            else:
                titles.append(tidy(title))
                chained.append((pos, not (self.words[pos] == "(" or self.words[pos] == "," and self.words[pos - 1] == ")")))
            pos = cut
            if cut < end and self._after_copula(cut) is None:
                break  # the title ended inside the clause: the sentence goes on about something else
        return titles, pos, rank

    def _numbered_parent(self, seg: int, title: str) -> bool:
        """Whether the words at ``seg``, after a comma, name the unit that the numbered unit ending ``title`` belongs
        to ('..., đội 3', '..., trung đoàn cảnh sát cơ động'): a unit's noun of _CHAINED_UNITS, in either case."""
        words = title.split()
        if NUMBERED_END_RE.search(title) is None or len(words) > 1 and words[-2].casefold() in ("quận", "phường"):
            return False  # ('chủ tịch UBND quận 9, Khu công nghệ cao ...': a numbered ward or district is a place)
        return any(" ".join(self.words[seg:seg + size]).casefold() in _CHAINED_UNITS for size in (1, 2))

    def _place_follows(self, k: int) -> bool:
        """Whether the place a numbered ward or district belongs to follows at token ``k``: ', TP HCM', ', quận 3',
        '(TP Tuy Hòa, tỉnh Phú Yên)' ('chủ cơ sở tân dược A, quận 3, TP HCM': a place chain, part of the title, corpus
        DECISIONS 2026-12-03)."""
        if k >= len(self.words) or self.words[k] in _CLAUSE_ENDS and self.words[k] != ",":
            return True  # "Hiệu trưởng Trường THPT A, quận 3.": the clause ends with the ward or district
        if k + 1 >= len(self.words) or self.words[k] not in "(,":
            return False
        if self.words[k] == "," and self._said_after(k):
            return True  # "chủ cơ sở Phúc Hoa, quận 8, cho biết"
        return k + 1 in self.unit or self._place_name_end(k + 1, ("province", "district"), spelled=True) is not None

    def _whole_clause(self, seg: int, cut: int, end: int) -> bool:
        """Whether a staff word's post at tokens [seg, cut) fills the clause after the name up to its stop: 'anh Văn Bá
        Sơn, cán bộ phòng ngoại vụ.', 'Theo ông A, cảnh sát khu vực, ...' (not cut short by what the person did:
        'ông A, cán bộ hưu trí ngụ tại ...')."""
        return seg in self.appositive and cut == end and (end >= len(self.words) or self.words[end] in _CLAUSE_ENDS)

    def _place_close(self, seg: int, cut: int) -> int:
        """The token at which a title in tokens [seg, cut) ends with the name of its unit: a lower-case word other than
        a unit or joining word, or a count, right after the name ('Chủ tịch UBND xã Albá quan hệ ...', 'Phó Chánh án
        TAND tỉnh Phú Yên từng ...', 'nguyên Phó Chủ tịch UBND thành phố Biên Hòa 10 năm tù'); else ``cut``. A lower-case
        word before another capitalised one is inside the name ('thị trấn Nông trường Phong Hải')."""
        words = self.words
        k = seg + 1
        while k < cut - 1:
            if self._bare_unit_ends(k):
                return k + 1
            unit = words[k].casefold()
            pair = f"{words[k - 1]} {unit}".casefold()
            if not (unit in _UNIT_LEVELS or unit in _VILLAGES or pair in _UNIT_LEVELS or pair in _VILLAGES
                    or pair == "công an") or not words[k + 1][:1].isupper():
                k += 1
                continue
            k += 1  # the name: capitalised words, joined by dashes ('Bà Rịa - Vũng Tàu')
            start = k
            while k < cut and (words[k][:1].isupper() or words[k] in _DASHES and k + 1 < cut and words[k + 1][:1].isupper()):
                k += 1
            if k >= cut:
                break
            if pair == "công an" and not known_place(" ".join(words[start:k]), ("province", "district")):
                continue  # 'Công an TPHCM đón nhận ...' ends the post; 'Công an Trung ương' is one body's name
            word = words[k].casefold()
            if word[:1].isalpha() and word[:1] == words[k][:1] and word not in _UNIT_LEVELS \
                    and word not in _PLACE_GOES_ON and not (k + 1 < cut and words[k + 1][:1].isupper()) \
                    or word.isdigit() and k + 1 < cut and words[k + 1][:1].islower():
                return k
        return cut

    def _bare_unit_ends(self, k: int) -> bool:
        """Whether the title ends with the unit word at token ``k``, a lower-case word of the clause after it ('Trưởng
        Công an xã tất tả trở về'); not inside a cooperative ('hợp tác xã'), nor before words that link a next post
        ('... tỉnh nay là ...')."""
        unit = self.words[k].casefold()
        if not (unit in _UNIT_LEVELS or f"{self.words[k - 1]} {unit}".casefold() in _UNIT_LEVELS) \
                or self.words[k - 1].casefold() == "tác":
            return False
        nxt = self.words[k + 1]
        if any(w.casefold() in _COPULAS for w in self.words[k + 1:k + 4]):
            return False  # "... công an tỉnh nay là ...", "Chủ tịch xã đồng thời là ...": the next post is linked on
        return nxt[:1].islower() and nxt.isalpha() and nxt not in _UNIT_BODIES and nxt not in _PLACE_GOES_ON \
            and nxt not in _UNIT_LEVELS and f"{nxt} {self.words[k + 2] if k + 2 < len(self.words) else ''}" not in _UNIT_LEVELS \
            and _EPITHET_RE.match(self.text, self.char(k + 1)) is None

    def _unit_body(self, k: int) -> bool:
        """Whether a unit of the forces or the state opens at token ``k``: a formation ('Phòng', 'Tiểu đoàn', 'Công an
        tỉnh'), a parent body ('Văn phòng', 'Cục'), a team or post ('Đội', 'Trạm', 'Trại', 'Đồn'), also 'phòng' in lower
        case before its capitalised name."""
        if k >= len(self.words) - 1:
            return False
        word = self.words[k]
        if word == "phòng":
            return self.words[k + 1][:1].isupper()
        return word[:1].isupper() and (k in self.formation or k in self.parent or word in _POSTS_OF_UNITS) \
            and self.words[k + 1][:1].isalpha()

    def _rank_end(self, j: int) -> int | None:
        """The token that closes a rank written after a name and ending before token ``j`` (its force named after it:
        'thượng sĩ cảnh sát'), or None when the rank opens a post ('thượng tá nguyên phó phòng ...')."""
        if " ".join(self.words[j:j + 2]).casefold() in _FORCES:
            j += 2
        return j if j >= len(self.words) or self.words[j] in (",", ")", ";") else None

    def _formation_at(self, seg: int) -> int | None:
        """End token of a formation at ``seg`` that a title goes on with after a comma: one of the lexicon ('Công an
        tỉnh', 'Phòng'), one written in lower case before a capitalised name ('công an thị xã Hà Đông', 'phòng CSGT'),
        or the police of a place named right after 'Công an' ('Công an TPHCM', 'Công an Q.Hai Bà Trưng')."""
        n = len(self.words)
        if seg in self.formation:
            return self.formation[seg]
        if (m := _FORMATION_ANY_RE.match(self.text, self.char(seg))) is not None:
            end = self.token_at(m.end(), after=True)
            return end if end < n and self.words[end][:1].isupper() else None
        if seg + 2 < n and " ".join(self.words[seg:seg + 2]).casefold() == "công an" and self.words[seg + 2][:1].isupper():
            return seg + 2
        return None

    def _parent_of(self, seg: int, title: str) -> bool:
        """Whether the body at token ``seg`` ('Sở Xây dựng', 'UBND tỉnh') is the one the unit of ``title`` belongs
        to: the title's body below its head names no top body and no body of the same kind."""
        return TOP_RE.search(self._body(title)) is None and self._new_body(seg, self.parent[seg], title)

    def _new_body(self, seg: int, end: int, title: str) -> bool:
        """Whether the kind of body at tokens [seg, end) ('Công an TP') is not already in ``title``'s body: ', Công an
        TP' after 'Chánh văn phòng Công an TP.HCM' opens the next clause."""
        words = self.words[seg:end]
        kind = " ".join(words)
        for size in (2, 1):  # 'Công an thành phố', 'Công an TP': the police, whatever the level
            if len(words) > size and (" ".join(words[-size:]).casefold() in _UNIT_LEVELS or words[-1] in ("TP", "Tp")):
                kind = " ".join(words[:-size])
                break
        return re.search(rf"(?<![^\W\d_]){re.escape(kind)}(?![^\W\d_])", self._body(title)) is None

    @staticmethod
    def _body(title: str) -> str:
        """The title without its head ('Chánh văn phòng')."""
        return title[max((m.end() for m in (TITLE_RE.match(title), TITLE_ANY_RE.match(title)) if m), default=0):]

    def _province_tail(self, seg: int, title: str) -> int | None:
        """End token of a province named bare at ``seg`` ('..., huyện Thạch Hà, Hà Tĩnh.') after a title whose
        last unit is a district, a city or a commune (or a district after a commune: 'xã Hà Thái, Hà Trung'), or of a
        district or province after a body named by its own name ('Công ty TNHH A, Hà Nội', 'đồn biên phòng B, Đồng
        Văn'), when the clause ends right after it or its predicate goes on."""
        unit = LOWER_UNIT_RE.search(title)
        if unit is None:
            # "giám đốc Công ty TNHH Hải Phú Sơn, Hà Nội", "đồn trưởng đồn biên phòng Phó Bản, Đồng Văn": a body named by
            # its own capitalised name and no unit word, then the district or province it is in (not after a body
            # that already names its province or a national one)
            last = title.split()[-1]
            if not last[:1].isupper() or NATIONAL_BODY_RE.search(title) or self._names_province(title):
                return None
            levels: tuple[str, ...] = ("province", "district")
        elif unit["district"] and not unit["commune"]:
            return None
        else:
            levels = ("province", "district") if unit["commune"] and not unit["district"] else ("province",)
        k = self._place_name_end(seg, levels, spelled=True)
        if k is None:
            return None
        # the clause ends after the place, or the predicate goes on ("..., Yên Bái về hành vi ...")
        return k if k == len(self.words) or self.words[k] in _CLAUSE_ENDS or self.words[k][:1].islower() \
            and self.words[k].isalpha() and self.words[k] not in AND_WORDS else None

    @staticmethod
    def _names_province(title: str) -> bool:
        """Whether the last capitalised words of ``title`` (up to three) name a province ('Sở Y tế Hà Nội')."""
        words = title.split()
        return any(all(w[:1].isupper() for w in words[-size:]) and known_place(" ".join(words[-size:]), ("province",))
                   for size in (1, 2, 3) if size <= len(words))

    def _place_name_end(self, k: int, levels: tuple[str, ...], spelled: bool = False) -> int | None:
        """The token after the longest run of up to three capitalised words at ``k`` that names a unit of the
        gazetteer at one of ``levels``, else None (``spelled``: a one-word name with the gazetteer's accents, or an
        abbreviation in capitals, 'TPHCM': 'Chủ' is no 'Chũ')."""
        for size in (3, 2, 1):
            end = k + size
            name = " ".join(self.words[k:end])
            if end <= len(self.words) and all(w[:1].isupper() for w in self.words[k:end]) \
                    and known_place(name, levels, spelled=spelled and size == 1 and not name.isupper()):
                return end
        return None

    def _share(self, pending: list[tuple[int, int, Mention | None]], titles: list[str]) -> list[Mention]:
        """'Mã Văn Thanh, Hoàng Văn Long - đều là nguyên Trưởng phòng ...': the post goes to each name listed
        before; returns the mentions of the names that had been read with none."""
        new: list[Mention] = []
        for first, last, earlier in pending:
            if earlier is not None:
                earlier.titles += titles
                continue
            span = (self.char(first), self.char_end(last))
            new.append(Mention(as_written(self.doc.norm, *span), span, span, None, list(titles)))
        return new

    def _each_own(self, pending: list[tuple[int, int, Mention | None]], first: int, last: int
                  ) -> tuple[list[str], int] | None:
        """(posts, closing bracket) when the names listed before ``first`` and the one ending before ``last`` are followed
        by a bracket holding as many posts, parted by commas and 'và', one for each in the order named ('(Giám đốc và
        Phó giám đốc Công ty C)', '(lần lượt là Chủ tịch và Phó chủ tịch UBND xã D)'); each post as written, the body
        written once after the last one going with that one only (DECISIONS dd_022); else None."""
        n = len(self.words)
        if last >= n or self.words[last] != "(" or len(pending) > 5:
            return None
        close = self._closing_bracket(last + 1, _BRACKET_REACH + 8)
        if close is None:
            return None
        k = last + 1
        if self.words[k].casefold() == "lần" and k + 1 < close and self.words[k + 1].casefold() == "lượt":
            k += 2 + (self.words[k + 2].casefold() == "là")
        starts, ends = [k], []
        while True:
            head = self._post_end(k) if k < close else None
            if head is None or head > close:
                return None
            k = head
            while k < close and not (self.words[k] in _LIST_JOINERS and k + 1 < close and self._post_end(k + 1)):
                k += 1
            ends.append(k)
            if k >= close:
                break
            k += 1
            starts.append(k)
        if len(starts) == len(pending):
            # "(giám đốc, phó giám đốc và bác sĩ Trung tâm)": the last one named has a trade, no post, after 'và'
            k = self._post_end(starts[-1]) or starts[-1]
            if k >= close or self.words[k] not in AND_WORDS or not self.words[k + 1][:1].islower() \
                    or any(w in _LIST_JOINERS for w in self.words[k + 1:close]):
                return None
            ends[-1] = k
            starts.append(close)
            ends.append(close)
        if len(starts) != len(pending) + 1:
            return None
        posts = []
        for a, b in zip(starts, ends, strict=True):
            post = tidy(as_written(self.doc.norm, self.char(a), self.char_end(b))) if a < b else ""
            read, _, _ = self._after(a, True, cued=True) if a < b else ([], 0, None)
            if read and post.startswith(read[0]):
                post = read[0]  # "... UBND huyện đảo đã bị miễn nhiệm": the post as the appositive reads it
            posts.append(post)
        if any([w for w in post.casefold().split() if w not in FORMER_WORDS] in (["trưởng"], ["phó"]) for post in posts):
            # "(Trưởng và Phó công an xã C)": a bare 'Trưởng' shares the unit written after the next post, and the
            # joint bracket is no span of either's post (DECISIONS u_014): it gives no one anything
            posts = [""] * len(posts)
        return posts, close

    def _post_at(self, k: int) -> bool:
        """Whether a post's head or a staff word (after 'nguyên', 'cựu' maybe) starts at token ``k``."""
        return self._post_end(k) is not None

    def _post_end(self, k: int) -> int | None:
        """The token after the post's head or staff word (after 'nguyên', 'cựu' maybe) starting at token ``k``."""
        at = k + (self.words[k].casefold() in FORMER_WORDS and k + 1 < len(self.words))
        return self.head_end(k) or self.head_end(at) or self._appositive(at)

    def _in_bracket(self, title: str, lo: int, hi: int) -> bool:
        """Whether ``title`` is read from the words of tokens [lo, hi)."""
        return tidy(title) in as_written(self.doc.norm, self.char(lo), self.char_end(hi))

    def _respective(self, last: int, titles: list[str]) -> tuple[str, str] | None:
        """The two posts joined by 'và' after the second of two names joined by 'và' ('A và B, Giám đốc và kế toán
        trưởng Công ty C'), each of one person in the order named, when the mention's own titles start with the first of
        them; else None."""
        after, end, _ = self._after(last, True)
        # ("A và B (Trưởng và phó Phòng C)": a bare 'Trưởng' shares the unit written after the second post, no span
        # of the text names the first one's post)
        if not after or after[0] != titles[0] or " " not in after[0] or end + 1 >= len(self.words) or self.words[end].casefold() != "và" \
                or self.head_end(end + 1) is None:
            return None
        second, _, _ = self._after(end + 1, True, cued=True)
        return (after[0], second[0]) if second else None

    def _counted_post(self, last: int) -> bool:
        """Whether the post of the name ending before token ``last`` is counted in a bracket right after it, so each
        name listed before holds it: 'Lương Ngọc Dũng và Huỳnh Hải Việt (hai chi cục phó)'."""
        return last + 2 < len(self.words) and self.words[last] == "(" and COUNTED_RE.fullmatch(self.words[last + 1]) \
            is not None and self.head_end(last + 2) is not None

    def _shared(self, last: int) -> bool:
        """Whether the post after the name ending at token ``last`` is said of several ('đều là', 'cùng là', also
        in a bracket: 'ông A và ông B (đều là nguyên cán bộ ...)')."""
        if last < len(self.words) and (aside := self._age_aside(last)) is not None:
            last = aside  # "ông A, 38 tuổi, và ông B, 59 tuổi, đều là ..."
        k = last + (last < len(self.words) and (self.words[last] in (",", "(") or self.words[last] in _DASHES))
        return k + 1 < len(self.words) and self.words[k].casefold() in _BOTH \
            and self.words[k + 1].casefold() in _COPULAS

    def _segment_after(self, pos: int, direct: bool, cued: bool = False) -> int | None:
        """First token of the next appositive segment at token ``pos``, or None."""
        word = self.words[pos]
        if self._shared(pos) or word.casefold() in _BOTH and self._shared(pos - 1):
            at = self._age_aside(pos) or pos  # "..., 59 tuổi, đều là ..."
            k = pos + 1 if word.casefold() in _BOTH else at + 2
            return self._after_copula(k)  # "..., Hoàng Văn Long - đều là nguyên Trưởng phòng ..."
        if word == "," and pos + 1 < len(self.words) and (m := AGE_RE.match(self.text, self.char(pos + 1))):
            seg = self.token_at(m.end(), after=True)  # "Võ Việt Hùng, sinh năm 1976, Giám đốc ..."
            if (post := self._past_address(seg)) is not None:
                return post  # "Lý Thị C, sinh năm 1978, ngụ phường D, Phó Giám đốc ...", "..., ở E, Hà Nội là Giám đốc ..."
            if seg < len(self.words) and RESIDENCE_RE.match(self.words[seg]):
                # "Lý Thị C, sinh năm 1978, ở đường A, xã B, huyện D, là Trưởng phòng ...": the post after the address
                for k in range(seg + 1, min(len(self.words) - 2, seg + _BRACKET_REACH)):
                    if self.words[k] in "();":
                        break
                    if self.words[k] == "," and self.words[k + 1].casefold() in _COPULAS:
                        return self._after_copula(k + 1) or seg
            if seg < len(self.words) and self.words[seg].casefold() in _COPULAS:
                return self._after_copula(seg)  # "Trịnh Văn A, sinh năm 1958, là Tổng giám đốc Công ty ..."
            return seg
        if word == "," and pos + 1 < len(self.words) and self.words[pos + 1].casefold() in _COPULAS:
            return self._after_copula(pos + 1)  # "Lê Thị B, là Giám đốc Công ty TNHH ...": a comma before the copula
        if (word == "," or word.casefold() in RESIDENCE_WORDS) \
                and (post := self._past_address(pos + (word == ","), bracket_only=word != ",")) is not None:
            return post  # "bà A, ngụ ở P.Thảo Điền, Q.2, TP.HCM, nguyên Giám đốc ...", "anh B ở ấp 3 (đội trưởng ...)"
        if word == "," and pos + 1 < len(self.words) and self.words[pos + 1] == "(":
            return self._segment_after(pos + 1, direct)  # "Vũ Văn Ngọc, (SN 1971, Chủ tịch UBND phường Dị Sử)"
        if word == "," or word in _DASHES and pos > 0 and self._spaced_dash(pos):
            if (held := self._who_held(pos + 1)) is not None:
                return held  # "bị cáo Hồ Bửu Phương - người từng là Phó Tổng Giám đốc ..."
            then = next((k for k in (pos + 2, pos + 3, pos + 4, pos + 5) if k + 1 < len(self.words)
                         and self.words[k] == "là" and (THEN_RE.fullmatch(" ".join(self.words[pos + 1:k]))
                                                       or NOW_RE.fullmatch(" ".join(self.words[pos + 1:k])))), None)
            # "ông Bùi Quốc Huy, thời điểm ấy là Thứ trưởng Bộ Công an", "ông A - lúc bấy giờ là trưởng Phòng ...": the post
            # held then, in an aside; "..., nguyên Bí thư Thị ủy A, hiện đang là Phó Chủ tịch UBND tỉnh": the post held now
            return self._after_copula(then) or pos + 1 if then is not None else pos + 1
        if word in _DASHES and pos + 1 < len(self.words) and self.head_end(pos + 1, any_case=direct) is not None:
            # "Đại tá Nguyễn Ngọc Sơn-Phó Giám đốc Công an tỉnh": a dash glued to the name ("các đồng chí: Hồ Văn
            # Niên-Ủy viên Trung ương Đảng; ...": without a rank before the name, a capitalised post)
            return pos + 1
        if word == "(":
            seg = pos + 1
            if seg + 1 < len(self.words) and COUNTED_RE.fullmatch(self.words[seg]) and self.head_end(seg + 1) is not None:
                return seg + 1  # "(hai chi cục phó)": the post of the people counted
            for _ in range(2):  # "(56 tuổi, Giám đốc ...", "(SN 1972, ..."
                m = AGE_RE.match(self.text, self.char(seg)) if seg < len(self.words) else None
                if m is None:
                    break
                seg = self.token_at(m.end(), after=True)
            seg = self._past_residence(seg)
            seg = self._who_held(seg) or seg  # "(người từng giữ chức Chủ tịch UBND xã ...)"
            if seg + 2 < len(self.words) and self.words[seg].casefold() in ("hiện", "nay") and self.words[seg + 1] == "là":
                seg += 2  # "(hiện là phó bí thư Tỉnh ủy Khánh Hòa)": the post held now
            then = next((k for k in (seg + 2, seg + 3, seg + 4) if k + 1 < len(self.words) and self.words[k] == "là"
                         and THEN_RE.fullmatch(" ".join(self.words[seg:k]))), None)
            if then is not None and self.head_end(then + 1) is not None:
                seg = then + 1  # "(lúc đó là Phó chánh án TAND huyện Chợ Gạo)": the post held then (read on VNTC news)
            close = self._closing_bracket(seg, _BRACKET_REACH if RESIDENCE_RE.match(self.words[seg]) else 12) \
                if seg < len(self.words) else None  # "(SN 1960, ở phường A, thành phố B, tỉnh C), nguyên Bí thư"
            if close is not None and self.head_end(seg) is None and self._appositive(seg) is None \
                    and close + 1 < len(self.words) and self.words[close + 1] in (",", *_DASHES):
                # "Thượng tá A (bìa phải), Phó Trưởng Công an huyện": a note on the photo; "Trần Văn Công (SN 1960), trú
                # tại phường A, TP B (nguyên Chủ tịch UBND huyện C)": the post in the bracket after the address
                return self._bracket_after_address(close + 2) or close + 2
            noted = seg > pos + 1 or AGE_BRACKET_RE.match(self.text, self.char(pos)) is not None \
                or RESIDENCE_RE.match(self.words[pos + 1]) is not None  # the bracket holds an age or an address
            if noted and close is not None and close + 1 < len(self.words):
                if self.words[close + 1].casefold() in _COPULAS:
                    return self._after_copula(close + 1)  # "do Bùi Văn A (trú huyện B) làm Giám đốc"
                if self.head_end(close + 1) is not None and AGE_BRACKET_RE.match(self.text, self.char(pos)):
                    return close + 1  # "Nguyễn Văn Quyết (48 tuổi) nguyên kế toán trưởng": the post with no comma
            return seg
        if word.casefold() in _COPULAS:
            return self._after_copula(pos)  # "ông Nguyễn Tâm Thịnh là người đại diện theo pháp luật"
        for k in (pos + 2, pos + 3, pos + 4):
            if k < len(self.words) and THEN_RE.fullmatch(" ".join(self.words[pos:k])):
                return self._after_copula(k)  # "ông Phạm Văn Chi lúc đó là chủ tịch UBND tỉnh Khánh Hòa"
        if direct and self.head_end(pos) is not None and (cued or self.words[pos][0].isupper()):
            return pos  # "đồng chí Y Bhim Bí thư Đảng ủy xã": no comma after an anchored name
        return None

    def _bracket_after_address(self, seg: int) -> int | None:
        """The post in the bracket that closes an address at token ``seg`` ('trú tại xã A, huyện B (nguyên Bí thư
        ...)'), or None."""
        if seg >= len(self.words) or not RESIDENCE_RE.match(self.words[seg]):
            return None
        for k in range(seg + 1, min(len(self.words) - 1, seg + _BRACKET_REACH)):
            if self.words[k] in ");":
                return None
            if self.words[k] == "(":
                return k + 1 if self.head_end(k + 1) is not None else None
        return None

    def _past_address(self, seg: int, bracket_only: bool = False) -> int | None:
        """The first token of the post after an address set off after a name at token ``seg`` ('trú tại xã A, huyện B,
        Phó Chủ tịch UBND xã', 'ở ấp 3 (đội trưởng dân phòng xã C)', 'ở 74 đường D, Hà Nội là Giám đốc ...'): after a
        comma or a copula (``bracket_only``: the address follows the name with no comma, so only a bracket's post), or the
        bracket's post; None when no post follows the
        address, when a word of no address stands in it ('trú tại xã A, bị bắt ..., Trưởng Công an huyện B cho biết'),
        or another person is named in it first."""
        n = len(self.words)
        if seg + 1 >= n or (word := self.words[seg].casefold()) not in RESIDENCE_WORDS \
                or word in ("thường", "tạm") and self.words[seg + 1].casefold() != "trú":
            return None
        for k in range(seg + 1, min(n - 1, seg + _BRACKET_REACH)):
            word = self.words[k]
            if word.casefold() in _COPULAS and not bracket_only and self.words[k - 1][:1].isupper():
                return self._after_copula(k)  # "anh A, sinh năm 1970, ở 74 đường B, P.C, Hà Nội là Giám đốc ..."
            if word in ");" or self.honor.get(k) is not None or self._person_at(k, limit=n) \
                    or word.isalpha() and word.islower() and word not in _ADDRESS_WORDS:
                return None
            if word == "(":
                return self._segment_after(k, True)
            if word == "," and not bracket_only:
                if self.words[k + 1].casefold() in _COPULAS:
                    return self._after_copula(k + 1)
                if self._post_at(k + 1):
                    return k + 1
        return None

    def _past_residence(self, seg: int) -> int:
        """The post after an address that opens a bracket ('trú tại xã A, huyện B, nguyên Bí thư ...'), else ``seg``."""
        if seg >= len(self.words) or not RESIDENCE_RE.match(self.words[seg]):
            return seg
        for k in range(seg + 1, min(len(self.words) - 1, seg + _BRACKET_REACH)):
            if self.words[k] in "()":
                break
            if self.words[k] in ",;" and self.head_end(k + 1) is not None:
                return k + 1
        return seg

    def _spaced_dash(self, pos: int) -> bool:
        """Whether the dash at token ``pos`` stands apart on one side at least ('Viện - Cục trưởng', 'Viện-
        Cục trưởng'), not joining two words ('Sư đoàn 3-Sao Vàng')."""
        return self.spans[pos - 1][1] < self.spans[pos][0] or pos + 1 < len(self.spans) \
            and self.spans[pos][1] < self.spans[pos + 1][0]

    def _who_held(self, pos: int) -> int | None:
        """The title head after an aside 'người từng là' / 'người đang giữ chức' at token ``pos`` (WHO_HELD_RE), or None."""
        if pos >= len(self.words) or (m := WHO_HELD_RE.match(self.text, self.char(pos))) is None:
            return None
        head = self.token_at(m.end())
        return head if head < len(self.words) and self.head_end(head) is not None else None

    def _after_copula(self, pos: int) -> int | None:
        """The title head after 'là'/'làm' at token ``pos`` ('là một trong các đồng chí Phó chủ nhiệm ...')."""
        if self.words[pos].casefold() not in _COPULAS:
            return None
        m = COPULA_RE.match(self.text, self.char(pos))
        head = self.token_at(m.end()) if m else len(self.words)
        if head + 1 < len(self.words) and self.words[pos].casefold() == "làm" \
                and f"{self.words[head]} {self.words[head + 1]}".casefold() == "đại diện":
            return head  # "hộ kinh doanh A do ông B làm đại diện": the person who represents a business (DECISIONS e)
        if self._presides(self.words[pos], head):
            return None  # "Thẩm phán A, Phó Chánh án TAND tỉnh làm chủ tọa"
        if head < len(self.words) and self.head_end(head) is None and (end := self._appositive(head)) is not None \
                and end + 1 < len(self.words) and (self.words[end][:1].isupper() or self.words[end].casefold() in (
                    "của", "thuộc") and self.words[end + 1][:1].isupper()):
            return head  # "Nguyễn Văn A là cán bộ Phòng Tài chính huyện", "B là nhân viên của Công ty C": a staff word
            # and the body it serves, in capitals
        return head if head < len(self.words) and self.head_end(head) is not None else None

    def _place_note(self, pos: int) -> int | None:
        """The token after a bracket at ``pos`` that holds only where the title's unit is ('(Đồng Hỷ)',
        '(huyện Kỳ Anh, Hà Tĩnh)'), else None."""
        if self.words[pos] != "(" or (close := self._closing_bracket(pos + 1)) is None or close == pos + 1:
            return None
        if is_place_alias(self.text[self.char(pos + 1):self.char_end(close)]):
            return close + 1  # "(TPHCM)", "(TP.HCM)": a place written short, no body's acronym
        for part in " ".join(self.words[pos + 1:close]).split(" , "):
            words = part.split()
            named = " ".join(words[1:]) if UNIT_RE.fullmatch(words[0]) else part
            if not named or not all(w[:1].isupper() for w in named.split()) \
                    or not known_place(named, ("province", "district", "commune")):
                return None
        return close + 1

    def _said_after(self, k: int) -> bool:
        """Whether a comma at token ``k`` closes an apposition before what the person says: 'ông Nguyễn Văn Ba, cảnh
        sát khu vực, cho biết'."""
        n = len(self.words)
        if k + 1 >= n or self.words[k] != ",":
            return False
        lo = self.char(k + 1)
        return predicate_start(self.doc, self.index, lo, self.char_end(min(k + 3, n - 1)), use_pos=False, body=lo) == lo

    def _whole_bracket(self, seg: int, end: int) -> bool:
        """Whether tokens [seg, end) fill the bracket that opens right after a name, an age or birth year aside:
        'Trần Văn Khánh (lái xe)', 'Nguyễn Minh Giang (1975, thanh tra viên)'."""
        if end >= len(self.words) or self.words[end] != ")":
            return False
        k = seg - 1
        while k > 0 and seg - k < 6 and self.words[k] != "(":
            k -= 1
        if self.words[k] != "(":
            return False
        age = AGE_RE.match(self.text, self.char(k + 1)) if k + 1 < seg else None
        return k + 1 == seg or age is not None and self.token_at(age.end(), after=True) == seg

    def _closing_bracket(self, k: int, reach: int = 12) -> int | None:
        for j in range(k, min(len(self.words), k + reach)):
            if self.words[j] in "()":
                return j if self.words[j] == ")" else None
        return None

    def _appositive(self, seg: int) -> int | None:
        """End of the position words at ``seg`` ('cán bộ', 'thành viên đại diện': several in a row)."""
        end = self.appositive.get(seg)
        for _ in range(3):
            if end is None or end not in self.appositive:
                break
            end = self.appositive[end]
        return end

    def _segment_end(self, k: int) -> tuple[int, bool]:
        """(end token, names another person) of an appositive segment whose body starts at token k."""
        n, start = len(self.words), k
        while k < n and k - start < _WINDOW:
            word = self.words[k]
            if word in _OPEN_QUOTES and self._quoted_name(k, start):
                close = self._closing_quote(k, n)
                if close is None:
                    return k, False
                k = close + 1
                continue
            if word == "(" and AGENCY_TAG_RE.match(self.text, self.char(k)):
                return k, False  # "Bí thư Tỉnh ủy (NLĐ)- Sau 4 ngày ...": the news agency's tag opens the lead
            if word == "(" and (close := self._acronym_bracket(k)) is not None and close + 1 < n \
                    and not self.hard_stop(close + 1) and self._place_note(k) is None:
                k = close + 1  # "Bộ đội Biên phòng (BĐBP) tỉnh Điện Biên", "Phòng ... (TN-MT) huyện": an acronym inside
                continue
            if self.hard_stop(k) or self.lower_and(k) and (self.words[k + 1][0].isdigit() or not MISSION_RE.search(
                    self.text, self.char(max(0, start - 1)), self.char(k))):
                # a mission body's name goes on past "và": "(Trưởng) Ban Chỉ đạo phòng chống ... và xây dựng ...", not
                # past "và 1 trưởng ban"
                return k, False
            if word in _DASHES and k + 1 < n and (self.head_end(k + 1) is not None or k + 1 in self.rank
                                                   or self.words[k + 1].casefold() in ("ảnh", "pv")
                                                   or DASH_APPOSITION_RE.match(self.text, self.char(k + 1))
                                                   or AFTER_NAME_RE.match(self.text, self.char(k + 1))):
                return k, False  # "... - Phó Giám đốc", "... - ảnh: ...", "(... - PV)", "... - người trực tiếp ...",
                # "... xã Ia Nan-thông tin:": another post, a credit, a note, what the person is to the story, what they
                # say
            if word in AND_WORDS and k + 1 < n and (self._anchor_at(k + 1) or self._person_at(k + 1)):
                return k, False
            if k > start and word.casefold() == "về" and k + 1 < n and self.words[k + 1].casefold() in ("những", "việc"):
                return k, False  # "Cục trưởng Cục Cảnh sát hình sự về những dấu ấn ...": what is said about, no body's
                # name ('Ủy ban về các vấn đề xã hội' is one)
            if k > start and word.casefold() in _DAY_WORDS and k + 1 < n and self.words[k + 1][0].isdigit():
                return k, False  # "do ông làm chủ nhiệm đề tài ngày 28-12": the day of the event, no part of the post
            if k > start and self._next_post(k):
                return k, False  # "Giám đốc Đài ... Tiền Giang thành viên Ban chỉ đạo tỉnh": two posts, no comma between
            if self._person_at(k, 3) and not self._unit_name(k):  # "xã Nghĩa Đồng" names a commune, not Nghĩa
                return k, True
            if self._foreign_person_at(k, start):
                return k, True
            k += 1
        return k, False

    def _foreign_person_at(self, k: int, start: int) -> bool:
        """Whether a foreign name starts at token ``k``, right after the post's head or a country that ends its body
        ('Tổng thống Vladimir Putin, Thủ tướng Dmitry Medvedev', '..., Chủ tịch Quốc hội Lào Xaysomphone Phomvihane'):
        two capitalised words or more, one not of Kinh shape, no body's word: the post is that person's (right after
        the head only for a head of state or government, whose post names no body: 'Tổng giám đốc Vietnam Airlines')."""
        if not (k == start and " ".join(self.words[max(0, k - 2):k]).casefold().endswith(_STATE_HEADS) or k > start and any(
                k - n >= start and normalize_tone(" ".join(self.words[k - n:k])).casefold() in _COUNTRIES
                for n in (1, 2, 3))):
            return False
        run = k
        while run < len(self.words) and run - k < 4 and self.is_name[run] and (run == k or self.adjacent(run)) \
                and self.words[run].casefold() not in _ORG_WORDS:
            run += 1
        return run - k >= 2 and k not in self.placed and k not in self.named_end and k not in self.unit_end \
            and any(foreign_syllable(self.words[i]) for i in range(k, run)) and self._plain_foreign(k, run)

    def _next_post(self, k: int) -> bool:
        """Whether another post starts at token ``k``, right after the name or acronym that closes the body before it:
        a capitalised head ('Ủy viên Ban TVTU Chủ tịch Ủy ban MTTQ ...') or a staff word before a capitalised body
        ('... Tiền Giang thành viên Ban chỉ đạo tỉnh')."""
        before = self.words[k - 1]
        if not before[:1].isupper() or before.casefold() in _ORG_WORDS or k - 1 in self.unit \
                or not self.adjacent(k):
            return False
        if self.head_end(k, any_case=False) is not None:
            return True
        end = self._appositive(k)
        return end is not None and end < len(self.words) and self.words[end][:1].isupper()

    def _acronym_bracket(self, k: int) -> int | None:
        """The closing bracket of '(BĐBP)', '(TN-MT)', '(GD&ĐT)', '(PC14)', '(C45)' opening at token ``k``: only
        capitals between, and a unit's number of up to three digits after them (not '(SN 1990)')."""
        if AGENCY_TAG_RE.match(self.text, self.char(k)):
            return None  # "(NLĐ)- Ngày 8-7, ...": the paper's tag opening the lead, no body's acronym
        for j in range(k + 1, min(len(self.words), k + 7)):
            word = self.words[j]
            if word == ")":
                return j if j > k + 1 else None
            if not (word.isupper() or word in "-&/." or word.isdigit() and len(word) <= 3 and j > k + 1
                    and self.words[j - 1].isupper()):
                return None
        return None

    def _former_unit(self, k: int) -> int | None:
        """The closing bracket of '(cũ)' opening at token ``k``: the unit the title names no longer exists under that
        name ('nguyên chủ tịch UBND xã Lương Thế Trân (cũ)'), which is part of how the post is named (corpus cb, cf
        dev), else None."""
        if k + 2 < len(self.words) and self.words[k + 1].casefold() == "cũ" and self.words[k + 2] == ")":
            return k + 2
        return None

    def _short_name(self, k: int, title: str) -> int | None:
        """The closing bracket of the short name a body of ``title`` is called by, opening at token ``k``: its noun as
        the title writes it, then a number or capitalised words that name no place ('Công ty Công trình khai thác đá
        621 (Công ty 621)': kept as written, corpus DECISIONS 2026-12-03), else None."""
        close = self._closing_bracket(k + 1, 7)
        if close is None or close < k + 3:
            return None
        inner = self.words[k + 1:close]
        for size in (3, 2, 1):
            noun = " ".join(inner[:size])
            rest = inner[size:]
            if rest and noun[:1].isupper() and (k + 1 in self.parent or k + 1 in self.formation) \
                    and re.search(rf"(?<![^\W\d_]){re.escape(noun)}(?![^\W\d_])", title) \
                    and all(w.isdigit() or w[:1].isupper() for w in rest) \
                    and not known_place(" ".join(rest), ("province", "district", "commune")):
                return close  # ('(Sở Y tế Hà Nội)' places the body: an aside)
        return None

    def _quoted_name(self, k: int, start: int) -> bool:
        """Whether the quote at token ``k`` names the body of a post whose body starts at ``start``: after 'tổ',
        'CLB', 'phong trào' ... ('Chủ nhiệm CLB “Phụ nữ với pháp luật”'), or capitalised right after the post's
        head ('tổ phó “Tổ CCB vì dân”')."""
        return k == start and k + 1 < len(self.words) and self.words[k + 1][:1].isupper() \
            or QUOTE_CUE_RE.search(self.text, max(0, self.char(k) - 30), self.char(k)) is not None

    def _unit_name(self, k: int) -> bool:
        """Whether the words at token ``k``, right after a unit word ('xã', 'huyện'), are a place's name in the
        gazetteer ('xã Nghĩa Đồng'), not a person's ('UBND huyện Trần Minh Tuấn')."""
        unit = self.unit_end.get(k)
        if unit is None:
            return False
        levels = _UNIT_LEVELS.get(self.text[self.char(unit):self.char_end(k)].strip().casefold(),
                                  ("commune", "district", "province"))  # 'tỉnh Hà Văn Hùng': no province Hà Văn
        end = self._place_name_end(k, levels)
        # "Bí thư chi bộ thôn Nguyễn Văn Cử": a family name and two words more that fold to a unit ("Nguyễn Văn Cừ") but
        # do not spell it are a person's name, as in _place_words
        return end is not None and not (end - k >= 3 and surname_like(self.words[k])
                                        and not known_place(" ".join(self.words[k:end]), levels, spelled=True))

    def _anchor_at(self, i: int) -> bool:
        return i in self.rank or i in self.honor or self.head_end(i, any_case=False) is not None

    def _person_at(self, i: int, size: int = 2, limit: int | None = None) -> bool:
        """Whether a family name and name words, ``size`` in all, start at token i, before ``limit``
        (not a place)."""
        if not (self.is_name[i] and surname_like(self.words[i]) and i + size <= (limit or len(self.words))):
            return False
        if i in self.placed or i in self.named_end:
            return False
        k = i
        while k - 1 >= 0 and self.is_name[k - 1] and self.adjacent(k) and k not in self.named_end:
            k -= 1
        if k < i and k in self.named_end:
            return False  # "Xí nghiệp Than Giáp Khẩu": a family name inside the name of a body its word opens
        if i in self.unit_end:
            run = [i]
            while len(run) < 4 and run[-1] + 1 < len(self.words) and self.is_name[run[-1] + 1] \
                    and self.adjacent(run[-1] + 1):
                run.append(run[-1] + 1)
            if self._place_words(run):
                return False
        if not all(self.is_name[k] and self.adjacent(k) for k in range(i + 1, i + size)):
            return False
        end = i + size
        while end < min(len(self.words), i + 3) and self.is_name[end] and self.adjacent(end):
            end += 1
        return not self._body_place(i, end)  # "2 cán bộ Huyện đội Sơn Tây là ...": the body's place


def known_place(name: str, levels: tuple[str, ...], spelled: bool = False) -> bool:
    """Whether a unit of the gazetteer at one of these levels has this name (``spelled``: with these very accents,
    not only the folded key the gazetteer looks names up by)."""
    gaz = gazetteer()
    if not spelled:
        return any(gaz.lookup(level, name) for level in levels)
    want = normalize_tone(name).casefold()
    return any(normalize_tone(u.short).casefold() == want for level in levels for u in gaz.lookup(level, name))


# a numbered list that lost its line breaks glues the next item's number to the post before it ('1. Hoàng Tuấn Anh, Phó
# Tổng cục trưởng Tổng cục Du lịch2. Lê Hồng Anh, ...', '... Ủy ban Kiểm tra Trung ương khoá IX12. ...'): digits right
# after a lower-case letter, or after the Roman number of a term, end no post (a unit's number is spaced: 'phường 8')
_NUMBERED_UNITS = frozenset({"phường", "quận", "khu", "số", "tổ", "đội", "xóm", "thôn", "ấp", "lớp", "trạm", "đoàn"})
_ROMAN_RE = re.compile(r"[IVXL]{1,5}")


def _without_list_number(title: str) -> str:
    """The title without the next list item's number glued to its end ('Bộ trưởng Bộ Công an3')."""
    digits = len(title) - len(title.rstrip("0123456789"))
    words = title[:len(title) - digits].split()
    if not 0 < digits <= 3 or not words or title[-digits - 1].isspace() or words[-1].casefold() in _NUMBERED_UNITS:
        return title
    roman = len(words) > 1 and _ROMAN_RE.fullmatch(words[-1]) and words[-2].casefold() in ("khóa", "khoá")
    return title[:len(title) - digits] if words[-1][-1].islower() or roman else title


def tidy(title: str) -> str:
    title = _without_list_number(title)
    parts = TRAILING_ALSO_RE.sub("", title).split()
    while parts and (parts[-1].casefold() in _TRAILING or parts[-1] in _TRAILING_LOWER) \
            and " ".join(parts[-2:]).casefold() not in _GRADES:
        parts.pop()
    return " ".join(parts).lstrip(" ,;-–").rstrip(" ,;-–.…/")  # "Chính ủy Sư đoàn 3-Sao Vàng...": a list trails off
