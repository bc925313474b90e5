"""Named community models ("mô hình “Tự quản ...”", "CLB “Phụ nữ xa quê”").

A quoted phrase is a model name when a trigger word (``data/model_triggers.txt``)
stands right before it, or when it continues a list that started that way
(`mô hình “A”, “B” và “C”`, also with where each is: `“A” tại xã X; “B” ở xã Y`), or when
it opens a list after "như"/"gồm"/":" that a trigger governs from earlier in its clause
(`xây dựng 24 mô hình về an ninh trật tự như “A”, “B”`), or when a team is launched by name
(`ra mắt “Đội ...”`), or when it opens with a team's word (`hoạt động của “Tổ tự quản đường biên ...”`).
Quotes after slogan, campaign, event and document cues
(``data/model_exclusions.txt``) are not models, nor lower-case phrases after "tổ"/
"nhóm"/"đội" (`ở nhóm “chót bảng”`).  Unquoted names are taken in a few safe spots:
`..., mô hình giúp đỡ người lầm lỗi ...` closing a quoted list; a name right after "mô hình"
that is capitalised or opened by a head word (`2 mô hình Dòng tộc tự quản`, `mô hình camera an
ninh`, also after "điểm" or "xây dựng"), or a self-managed group in lower case (`mô hình nông dân tự quản`) and ends at a punctuation mark or a function word on its line; and the items of a list
after a trigger's colon, "như mô hình" or "như" before a club or team ("như CLB Honda xe khách, CLB
...") (semicolons, or commas closed by an ellipsis; a comma before a team's word parts a semicolon item), unless
it lists a livelihood model's crops and herds or a movement word or a counted noun of what is done heads it
("những việc làm thiết thực như: ..."); each item loses where
the model is ("... tại 02 thôn", "... xã A", "(huyện B)"), a leading "các" and what the sentence
goes on to say of it (an item that only says where models are, "ở phường A, quận B", is none; a bracket or a decimal
comma parts no item); and a team launched or a club founded by a name without quotes (`ra mắt tổ cựu
quân nhân xung kích ...`, `thành lập CLB nữ phòng chống tội phạm`, or one that launches itself: `Tổ phụ nữ kết nghĩa ra
mắt trong buổi lễ`).  Names about livelihoods (`phát triển kinh tế`, `tiết kiệm`) and words in scare quotes
are dropped.  Names are read as press lays them out: a cue's naming words ("câu lạc bộ mang tên “...”"), a club's
or team's members before its quote ("Câu lạc bộ phụ nữ “...”"), lists whose items say where each is in brackets or
after a dash, stand bulleted on lines of their own or span "Từ “A” đến “B”", names called models after them ("được
coi là những mô hình"), capitalised names in a comma list after "mô hình ... như", and quote marks the source
writes wrongly (a name broken over a line, an item left open before the next one opens, two apostrophes typed for
one double mark: "CLB ''Nông dân với pháp luật''").  Every test looks at a
bounded window around its quote, so the work grows linearly with the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import chain

from extract.document import LOWER, UPPER, Prepared, prepare
from extract.keys import model_key
from extract.lexicon import AFTER_NON_LETTER, labelled, phrase_pattern, words
from extract.normalize import as_written, normalize_tone
from extract.numbers import load_rows
from extract.sentence_tokens import PAIRED_COMMA
from extract.titles import ACRONYM_DEF_RE, TRAILING_ACRONYM_RE
from extract.types import ModelMention

__all__ = ["extract_models", "model_key", "quoted_spans"]

_TRIGGERS = labelled("model_triggers.txt")
_EXCLUSIONS = labelled("model_exclusions.txt")

# A head word's acronym in brackets, inside a name or before its quote: "Câu lạc bộ (CLB) PN xe ôm ...", "mô hình Câu
# lạc bộ (CLB) “Phụ nữ với pháp luật”"
ACRONYM = r"[ \t]+" + ACRONYM_DEF_RE.pattern
# a list item's bullet at the start of its line ("các mô hình sau:\n+ “A”\n+ “B”")
BULLET = r"(?:(?<=\n)[-+•*][ \t]*)?"
# trigger [its acronym] [modifier ...] [linker ...] right before an opening quote
# ("gương điển hình “Người tốt việc tốt”": exemplary people, an honour; "là một trong những điển hình “...”": a typical
# case of what the sentence speaks of: "điển hình" is no model's cue there)
_NOT_TYPICAL = r"(?<!(?i:gương)[ \t])(?<!(?i:trong)[ \t]những[ \t])"
TRIGGER_BEFORE_RE = re.compile(
    _NOT_TYPICAL + phrase_pattern(_TRIGGERS["trigger"], first="any", rest="any", word_start=True) + rf"(?:{ACRONYM})?"
    + r"(?:\s+" + phrase_pattern(_TRIGGERS["modifier"]) + r"){0,3}"
    + r"(?:\s*" + phrase_pattern(_TRIGGERS["linker"]) + r"){0,2}\s*" + BULLET + "$"
)
# ("mô hình mới trong phong trào toàn dân bảo vệ ANTQ “...”": what it is about may hold an acronym, and a pair's comma:
# "mô hình phòng, chống tội phạm tại các khu nhà trọ “...”")
DESCRIBED_BEFORE_RE = re.compile(
    phrase_pattern(_TRIGGERS["unquoted"], word_start=True)
    + rf"(?:(?:{PAIRED_COMMA})?[ \t]+(?:[{LOWER}]+|[{UPPER}]{{2,6}})){{1,10}}[ \t]*$"
)
# "“Mô hình Camera an ninh”", "“Câu lạc bộ phụ nữ tứ đức”", "hoạt động của “Tổ tự quản đường biên, mốc quốc giới”": a
# quote that opens with a model's cue or a team's word names one (a name, closed before a sentence ends: not a speech
# that opens so; not "“Tổ chức ...”")
_CLOSED_NAME = r"[ \t]+(?=[^\W\d_])(?=[^.!?;“”\"\n]{0,120}[”\"])"
# (not a speech about a model: "Ông A phát biểu: “Mô hình sẽ giúp người dân yên tâm”", "“Mô hình này ...”")
SELF_CUED_RE = re.compile(r"\s*(?:Mô hình|MÔ HÌNH|Câu lạc bộ|CÂU LẠC BỘ|CLB)(?![ \t]+"
                          + phrase_pattern(_TRIGGERS["name_stop"] + _TRIGGERS["said"] + ("này", "đó", "ấy"))
                          + r"(?![^\W\d_]))" + _CLOSED_NAME)
# (a team's word names no model in the list a movement word heads: 'các cuộc vận động như: "...", "Tổ phụ nữ ...")
# (nor a team named by a proper name or an acronym: 'ông là tổ phó “Tổ CCB”')
TEAM_CUED_RE = re.compile(r"\s*(?:Tổ|Đội|Chi hội)(?![ \t]+" + phrase_pattern(_TRIGGERS["not_team"]) + r"(?![^\W\d_]))"
                          + _CLOSED_NAME + rf"[{LOWER}]")
# "Phi đội", "khẩu đội", "băng nhóm", "quân đội", "bộ đội", "hội nhóm": a team's word as the second half of another
# word names an army's unit, a gang or an online group, not a community's team (model_triggers.txt "compound")
_NOT_COMPOUND = "".join(rf"(?<!(?<![^\W\d_])(?i:{word})[ \t])" for word in _TRIGGERS["compound"])
# "924 tổ tuần tra “Dân cử, dân nuôi”", "đội thanh niên “...”": a team's kind, then its name (not "tổ chức “...”",
# "tổ phó “...”", "đội ngũ", "nhóm đối tượng “...”", "đội bóng “...”": other words, other groups)
# ("câu lạc bộ phụ nữ “...”", "đội thanh niên tình nguyện “...”": a club's too, in up to four syllables that say who
# its members are; not a gang, "băng nhóm khét tiếng như “...”", nor the army, "đơn vị quân đội nên tấm biển hiệu
# “...”", "bộ đội", nor an online group, "hội nhóm kín “...”", nor a list a function word opens)
_KIND_WORD = rf"(?!(?:như|gồm|là|và|của|với)(?![^\W\d_]))[{LOWER}]+"
TEAM_KIND_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_]){_NOT_COMPOUND}(?i:tổ|đội|nhóm|câu[ \t]+lạc[ \t]+bộ|CLB|chi[ \t]+hội)[ \t]+"
    rf"(?!{phrase_pattern(_TRIGGERS['not_team'])}(?![^\W\d_])){_KIND_WORD}(?:[ \t]+{_KIND_WORD}){{0,3}}[ \t]*$"
)
STRICT_BEFORE_RE = re.compile(
    _NOT_COMPOUND + phrase_pattern(_TRIGGERS["strict"], first="any", rest="any", word_start=True) + r"\s*$"
)
LAUNCH_BEFORE_RE = re.compile(phrase_pattern(_TRIGGERS["launch"], first="any", word_start=True) + r"(?:\s+(?:và|,)\s+"
                              + phrase_pattern(_TRIGGERS["launch"]) + r")?\s*$")
# "ra mắt 2 tuyến hẻm “Xanh-Sạch-Đẹp”", "ra mắt tuyến đường “...”": a street or a lane launched by a quoted name is a
# model named so (the street's own name is not quoted); so is a group launched ("ra mắt Nhóm “Bạn giúp bạn”": a bare
# "nhóm “...”" is as often a gang)
LAUNCHED_ROUTE_RE = re.compile(phrase_pattern(_TRIGGERS["launch"], first="any", word_start=True)
                               + r"[ \t]+(?:\d+[ \t]+)?(?:(?i:tuyến|đoạn|con)[ \t]+(?i:hẻm|đường|phố|ngõ)|(?i:nhóm))[ \t]*$")
# what a launched model is called by: a team, a club, a branch, a residential area, a clan
# (not "Tổ chức ...", "Đội ngũ ...": another word; a charge "“Tổ chức đánh bạc”" names no team)
TEAM_NAME_RE = re.compile(r"\s*(?:Tổ|Đội|Nhóm|CLB|Câu lạc bộ|Chi hội|Khu dân cư|Dòng họ|Cụm)(?![^\W\d_])"
                          r"(?![ \t]+" + phrase_pattern(_TRIGGERS["not_team"]) + r"(?![^\W\d_]))")
# "... như: “", "... gồm “": a list opens; a trigger earlier in the clause governs it
SPEECH_RE = re.compile(phrase_pattern(_TRIGGERS["speech"], word_start=True) + r"(?![^\W\d_])")
SPEECH_COLON_RE = re.compile(phrase_pattern(_TRIGGERS["speech"], word_start=True) + r"[ \t]*:[ \t]*$")
LINKER_BEFORE_RE = re.compile(phrase_pattern(_TRIGGERS["list"], word_start=True) + r"\s*:?\s*" + BULLET + "$")
TRIGGER_RE = re.compile(
    phrase_pattern(_TRIGGERS["trigger"], first="any", rest="any", word_start=True) + r"(?![^\W\d_])"
)
CLAUSE_STOP_RE = re.compile(r"[.!?;\n“”\"]")
# a stop word, but not the first word of a name's own verb ("giúp đỡ")
# (nor "bền vững" of "phát triển bền vững", sustainable: "Câu lạc bộ Gia đình phát triển bền vững"; "bền vững" alone says
# how a model runs and ends its name)
_KEEP = ("(?!" + phrase_pattern(_TRIGGERS["keep"]) + r"(?![^\W\d_])"
         r"|(?<=(?i:phát)[ \t](?i:triển)[ \t])(?i:bền)[ \t]+vững(?![^\W\d_]))")
# (nor a word right after "không" that the negation holds: "Gia đình không có người vi phạm pháp luật")
_NAME_STOP = f"(?:{_KEEP}(?<!(?<![^\\W\\d_])(?i:không)[ \\t])" + phrase_pattern(_TRIGGERS["name_stop"] + _TRIGGERS["said"]) + ")"


# the comma of a pair (PAIRED_COMMA), the one of "an ninh, trật tự" ("bình an, trật tự") and the one of the border's
# "đường biên, cột mốc" (line and markers) that a name holds whole
_PAIRED = (rf"(?:{PAIRED_COMMA}|(?:(?<=(?i:ninh))|(?<=[ \t](?i:an))),(?=[ \t]+(?i:trật[ \t]+tự)(?![^\W\d_]))"
           rf"|(?<=(?i:đường)[ \t](?i:biên)),(?=[ \t]+(?i:cột[ \t]+mốc)(?![^\W\d_])))")
# "Tổ tự quản về ANTT và PCCC": two fields a name covers, each an acronym, joined by "và"
_ACRONYM_PAIR = rf"(?<=[{UPPER}][{UPPER}])[ \t]+và[ \t]+[{UPPER}]{{2,6}}(?![^\W\d_])"
_PURPOSE = r"(?:đảm[ \t]+bảo|bảo[ \t]+đảm)(?=[ \t]+(?:an[ \t]+ninh|ANTT))"  # "..., đảm bảo an ninh trật tự"
# "xã, phường, thị trấn không ma túy", "dòng họ, khu dân cư không vi phạm pháp luật": the commas of a series of
# communities (model_triggers community), one phrase in a name
_UNIT_SERIES = ("(?:" + "|".join(rf"(?<=(?<![^\W\d_])(?i:{re.escape(word)}))" for word in _TRIGGERS["community"]) + ")"
                + r",(?=[ \t]+" + phrase_pattern(_TRIGGERS["community"]) + r"(?![^\W\d_]))")


# a noun a number counts ("Mô hình xây dựng 19 cây cột đèn"): a number before it opens no name, as it does in "mô
# hình 4 quản"
_COUNTED = phrase_pattern([w for w in words("counted_nouns.txt") if w[:1].islower()])
# "CLB 5 không 3 sạch", "Tổ thanh niên 3 nhanh": a one-digit number in a name counts what its members keep to (the
# formula words), not things ("Đèn đường 19 bóng đèn")
_FORMULA_NUMBER = r"[ \t]+\d(?=[ \t]+" + phrase_pattern(_TRIGGERS["formula"]) + r"(?![^\W\d_]))"
# "Khu dân cư an toàn phòng cháy và chữa cháy", "phòng chống tội phạm và tệ nạn xã hội": the "và" of a pair
_AND_PAIR = r"[ \t]+và(?=[ \t]+" + phrase_pattern(_TRIGGERS["and_keep"]) + r"(?![^\W\d_]))"


def _name_run(stop: str, least: int, most: int) -> str:
    """The words of an unquoted name after its first word, ``least`` to ``most`` of them, up to a punctuation mark
    or a ``stop`` word; "phòng, chống", "an ninh, trật tự", "ANTT và PCCC", the parts of "An ninh – An toàn – An
    dân" (a part after a dash has two words at least, its second no stop word unless a capital opens the part: "Hộ
    an toàn - Thôn bình yên - Xã đạt tiêu chí ...") the purpose in "camera giám sát, đảm bảo an ninh trật tự" and the pair "phòng cháy và chữa cháy" stay whole (the pattern
    closes the name's group)."""
    return (rf"(?:[ \t]+(?!{stop}(?![^\W\d_]))[^\W\d_]+|(?:{_PAIRED}|{_UNIT_SERIES})[ \t]+[^\W\d_]+|{ACRONYM}|{_ACRONYM_PAIR}|{_AND_PAIR}|{_FORMULA_NUMBER}"
            rf"|[ \t]+[-–][ \t]+(?:[{UPPER}][^\W\d_]*[ \t]+[^\W\d_]+|[^\W\d_]+[ \t]+(?!{stop}(?![^\W\d_]))[^\W\d_]+)"
            rf"|,[ \t]+{_PURPOSE}){{{least},{most}}}?)"
            rf"(?!{_ACRONYM_PAIR}|{_AND_PAIR})(?=[ \t]*(?:(?!{_PAIRED}|{_UNIT_SERIES}|,[ \t]+{_PURPOSE}),|[.;:!?…)\n“”\"]|(?!{ACRONYM_DEF_RE.pattern})\(|[ \t]{stop}(?![^\W\d_])|$))")


# (a numbered place ends a name: "Trưởng mô hình Camera an ninh thôn 3": where it runs; _UNIT_WORD is defined below)
_NUMBERED_PLACE_STOP = (f"(?:{_NAME_STOP}|(?:" + phrase_pattern(labelled("places.txt")["unit"], first="any")
                        + r")(?=[ \t]+\d))")
# "mô hình Dòng tộc tự quản, ...", "mô hình camera an ninh trên địa bàn", "mô hình 4 quản (...)": a capitalised
# name (or one opened by a head word or a number) after the cue and "điểm" (a pilot) or "xây dựng", up to a stop or a function word
UNQUOTED_NAME_RE = re.compile(
    phrase_pattern(_TRIGGERS["unquoted"], word_start=True) + r"(?:[ \t]+(?:điểm|xây\s+dựng))?[ \t]+"
    rf"((?:[{UPPER}][{LOWER}]+|\d+(?:\+\d+)?(?=[ \t]+[{LOWER}])(?![ \t]+{_COUNTED}(?![^\W\d_]))|"
    + phrase_pattern(_TRIGGERS["name_head"] + _TRIGGERS["guarded_head"]) + r")" + _name_run(_NUMBERED_PLACE_STOP, 1, 15)
)
# "có mô hình 1-4", "mô hình 1+5; ...": a formula of how many households each core family looks after is the whole name
# when a stop follows it (one or two digits a side: not a year's span, "mô hình 2019-2020"; nor a count, "mô hình 2-3 tầng")
FORMULA_NAME_RE = re.compile(
    phrase_pattern(_TRIGGERS["unquoted"], word_start=True) + r"[ \t]+(\d{1,2}[ \t]*[+\-][ \t]*\d{1,2})(?![\d%])"
    rf"(?=[ \t]*(?:[,.;:!?…)\n“”\"]|$)|[ \t]+{_NAME_STOP}(?![^\W\d_]))"
)
# "mô hình Đội thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông": a team's or a club's name runs longer
# than UNQUOTED_NAME_RE reads when it ends with the field it keeps safe (the field closes the name, not the clause)
LONG_TEAM_NAME_RE = re.compile(
    phrase_pattern(_TRIGGERS["unquoted"], word_start=True) + r"(?:[ \t]+(?:điểm|xây\s+dựng))?[ \t]+"
    r"((?:Tổ|Đội|Nhóm|CLB|Câu[ \t]+lạc[ \t]+bộ|tổ|đội|nhóm|câu[ \t]+lạc[ \t]+bộ)(?![^\W\d_])"
    r"(?![ \t]+" + phrase_pattern(_TRIGGERS["not_team"]) + r"(?![^\W\d_]))" + _name_run(_NUMBERED_PLACE_STOP, 12, 16)
)
FIELD_END_RE = re.compile(phrase_pattern(_TRIGGERS["field"], first="any") + r"$")
# "mô hình thanh niên xung kích ... an ninh trật tự", "mô hình trường học an toàn": the people or place a model keeps
# safe open its name when the name says so (not "mô hình trường học hạnh phúc")
GUARDED_HEAD_RE = re.compile(phrase_pattern(_TRIGGERS["guarded_head"]) + r"(?![^\W\d_])")
SAFE_WORD_RE = re.compile(phrase_pattern(_TRIGGERS["safe"], word_start=True) + r"(?![^\W\d_])")
# "Mô hình dòng họ tự quản, tổ tự quản về an ninh trật tự": one more name opened by a head word after the last
NEXT_NAME_RE = re.compile(r"[ \t]*(?:,|và)[ \t]+(" + phrase_pattern(_TRIGGERS["name_head"], first="any")
                          + _name_run(_NAME_STOP, 0, 11))
# "mô hình Camera an ninh, Tiếng kẻng an ninh và Đèn đường chiếu sáng": after a capitalised name, one more written so,
# its other words in lower case (not a title, "..., Chủ tịch xã cho biết")
_TITLE_HEAD = phrase_pattern(labelled("titles.txt")[""], rest="any")
NEXT_CAPITAL_RE = re.compile(
    rf"[ \t]*(?:,|và)[ \t]+(?!{_TITLE_HEAD}(?![^\W\d_]))([{UPPER}][{LOWER}]*(?:[ \t]+(?!{_NAME_STOP}(?![^\W\d_]))[{LOWER}]+){{1,11}})"
    rf"(?=[ \t]*(?:[,.;:!?…)\n“”\"]|$)|[ \t]+{_NAME_STOP}(?![^\W\d_]))"
)
# "mô hình nông dân tự quản với tiếng mõ an ninh", "mô hình tổ tự quản về an ninh trật tự": a self-managed group named
# in lower case, up to "tự quản" and what it manages (security and order), then a stop (no stop word inside: "mô hình
# dòng họ có tổ tự quản ..." says what the clan's model has)
SELF_MANAGED_RE = re.compile(
    rf"[mM]{AFTER_NON_LETTER}(?i:ô\s+hình)[ \t]+((?!(?:như|gồm|là)[ \t])(?:(?!{_NAME_STOP}[ \t])[{LOWER}]+[ \t]+){{1,4}}tự[ \t]+quản"
    r"(?:[ \t]+(?:về[ \t]+)?(?:an[ \t]+ninh,?[ \t]+trật[ \t]+tự|ANTT))?)"
    rf"(?=[ \t]*(?:[,.;:!?…)(\n“”\"]|$)|[ \t]+{_NAME_STOP}(?![^\W\d_]))"
)
# "ra mắt tổ cựu quân nhân xung kích phòng chống tội phạm ... ở tổ dân phố số 22", "Ra mắt Chi hội Nông dân tự quản
# về an ninh trật tự", "thành lập CLB nữ phòng chống tội phạm": a team launched (a club founded) by a name written
# without quotes, up to where it is or a stop word
# (a launched team's name may hold "và": "... phòng chống tội phạm và giữ gìn TTVSĐT")
_UNIT_WORD = "(?:" + phrase_pattern(labelled("places.txt")["unit"], first="any") + ")"
# (a place ends it, unless the name goes on after the place's proper name: "ra mắt đội thanh niên ấp Vĩnh Thới xung
# kích tham gia giữ gìn an ninh trật tự"; "nông thôn" is no hamlet: "đội hình ... xây dựng nông thôn mới", nor is the
# border's "đường biên" a street: "thành lập tổ tự quản đường biên, cột mốc")
_WORD_STOP = phrase_pattern([w for w in _TRIGGERS["name_stop"] + _TRIGGERS["said"] if w != "và"])
_NOT_STREET = r"(?![ \t]+(?i:biên)(?![^\W\d_]))"
_LAUNCH_STOP = (rf"(?:{_KEEP}(?<!(?<![^\W\d_])(?i:không)[ \t]){_WORD_STOP}|(?<!(?i:nông)[ \t]){_UNIT_WORD}{_NOT_STREET}(?![ \t]+(?:[{UPPER}][^\W\d_]*[ \t]+)+"
                rf"(?!(?:{_WORD_STOP}|{_UNIT_WORD})(?![^\W\d_]))[{LOWER}]))")
# (a team founded by a name in proper-name form that says what it keeps safe, "thành lập Đội thanh niên tình nguyện
# tham gia giữ gìn an ninh trật tự", "thành lập Nhóm phụ nữ nòng cốt tuyên truyền pháp luật": the safe word within
# its first words, no punctuation between; not "thành lập tổ an ninh tự quản ở mỗi thôn", a kind in lower case;
# the founding as a practice, "gắn với việc thành lập Đội ..." in every commune, names no one team; nor does a
# shock team's "xung kích" alone say what it keeps safe)
_FOUNDED_TEAM = (r"(?<!(?i:việc)[ \t]thành[ \t]lập[ \t])(?:Tổ|Đội|Nhóm)(?:[ \t]+[^\W\d_]+|" + _FORMULA_NUMBER + r"){1,8}?[ \t]+"
                 + phrase_pattern([w for w in _TRIGGERS["safe"] if w not in ("xung kích", "an toàn", "bình yên")],
                                  first="any") + r"(?![^\W\d_])")
# ("thành lập đội hình Tổ thanh niên 3 nhanh ...": a formation word before a named team is not part of its name)
_FORMATION = rf"(?:[ \t]+(?i:đội[ \t]+hình)(?=[ \t]+[{UPPER}]))?"
# (a self-managed team founded, "thành lập Tổ tự quản về trật tự an toàn giao thông", when its name says what it
# manages: not a bare "tổ tự quản" before its village, "thành lập tổ tự quản tổ 5", nor "các tổ tự quản" of a kind)
_LAUNCH = (r"[rRtT]" + AFTER_NON_LETTER + r"(?:(?<=[rR])(?i:a\s+mắt)" + _FORMATION + r"|(?<=[tT])(?i:hành\s+lập)" + _FORMATION
           + r"(?=[ \t]+(?:CLB|(?i:câu\s+lạc\s+bộ)|(?i:tổ|đội)[ \t]+tự[ \t]+quản"
           rf"[ \t]+(?!{_WORD_STOP}(?![^\W\d_])|{_UNIT_WORD}(?![^\W\d_]){_NOT_STREET}|\d)[^\W\d_]|{_FOUNDED_TEAM})))"
           r"[ \t]+((?i:tổ|đội|nhóm|CLB|câu\s+lạc\s+bộ|chi\s+hội)"
           # (not another word, "ra mắt tổ chức ...", nor the club of "buổi ra mắt" doing the event's business:
           # "Tại buổi ra mắt câu lạc bộ thông qua quy chế")
           r"(?![ \t]+" + phrase_pattern(_TRIGGERS["not_team"]) + r"(?![^\W\d_]))")
LAUNCHED_NAME_RE = re.compile(_LAUNCH + _name_run(_LAUNCH_STOP, 2, 18))
# "thành lập CLB PCMT của thôn", "ra mắt CLB PCTP xã A": a club launched by the acronym of what it fights
LAUNCHED_ACRONYM_RE = re.compile(
    _LAUNCH + rf"[ \t]+[{UPPER}]{{2,6}})(?![^\W\d_])(?=[ \t]*(?:[,.;:!?…)\n“”\"]|$)|[ \t]+{_LAUNCH_STOP}(?![^\W\d_]))"
)
# "mô hình đường sắt an toàn", "mô hình xóm trọ bình yên về an ninh trật tự": a place or a community made safe,
# named in lower case, up to the safety it keeps (and its field), then a stop or where it is
SAFE_PLACE_RE = re.compile(
    rf"[mM]{AFTER_NON_LETTER}(?i:ô\s+hình)(?:[ \t]+điểm)?[ \t]+((?!(?:như|gồm|là|này|được|đã|đang)[ \t])"
    rf"(?:[{LOWER}]+[ \t]+){{1,4}}(?:an[ \t]+toàn|bình[ \t]+yên)"
    r"(?:[ \t]+(?:về[ \t]+)?(?:an[ \t]+ninh,?[ \t]+trật[ \t]+tự|ANTT|PCCC|giao[ \t]+thông))?)"
    rf"(?=[ \t]*(?:[,.;:!?…)(\n“”\"]|$)|[ \t]+{_NAME_STOP}(?![^\W\d_])|[ \t]+{_UNIT_WORD}[ \t]+[{UPPER}])"
)
# "Câu lạc bộ Phụ nữ xe ôm phòng, chống tội phạm được thành lập từ tháng 8", "Khu dân cư An ninh – An toàn – An dân
# vừa được ra mắt": a team, a club or a residential area launched, named first in proper-name form
LAUNCHED_BEFORE_RE = re.compile(
    rf"([TĐNCKD]{AFTER_NON_LETTER}(?:(?<=T)ổ|(?<=Đ)ội|(?<=N)hóm|(?<=C)(?:LB|âu lạc bộ|hi hội|ụm)|(?<=K)hu dân cư|(?<=D)òng họ)"
    rf"[ \t]+[{UPPER}][{LOWER}]*"
    + _name_run(_NAME_STOP, 0, 14)
    + r"(?:[ \t]+(?:ở|tại)[ \t]+[^.;:!?\n“”\"]{1,40}?)?[ \t]+(?:(?:vừa|đã|mới|cũng)[ \t]+){0,2}được[ \t]+(?:thành[ \t]+lập|ra[ \t]+mắt)"
    r"(?![^\W\d_])"
)
# "Tổ phụ nữ kết nghĩa ra mắt trong buổi lễ", "CLB Thanh niên với pháp luật chính thức ra mắt.": a team or a club
# that opens its clause and launches itself ("ra mắt" with nothing launched after it: a time, a place, what it has or
# the clause's end follows), named in lower case after its head word
_SELF_LAUNCH = r"ra[ \t]+mắt"
_OFFICIALLY = r"chính[ \t]+thức"
LAUNCHED_SUBJECT_RE = re.compile(
    rf"(?<![^\W_])(?<![^\W_][ \t])((?:Tổ|Đội|Nhóm|CLB|Câu lạc bộ)[ \t]+"
    rf"(?!{phrase_pattern(_TRIGGERS['not_team'])}(?![^\W\d_]))[{LOWER}]+"
    + _name_run(f"(?:{_NAME_STOP}|{_SELF_LAUNCH}|{_OFFICIALLY})", 1, 14) + rf"[ \t]+(?:(?:vừa|đã|mới|cũng|{_OFFICIALLY})[ \t]+){{0,2}}"
    + _SELF_LAUNCH + r"(?=[ \t]*[,.;\n]|[ \t]+(?:trong|vào|tại|ở|với|có|gồm|sáng|chiều|tối|ngày|hôm|từ)(?![^\W\d_]))"
)
# "Ra mắt mô hình tự quản về an ninh trật tự thôn Tư Đa", "Trưởng mô hình tự quản dòng họ Tẩn": self-management of a
# named village or clan is that one's model, unlike the class "mô hình tự quản về ANTT"
SELF_MANAGED_PLACE_RE = re.compile(
    r"[mM]" + AFTER_NON_LETTER + r"(?i:ô\s+hình)[ \t]+(tự[ \t]+quản(?:[ \t]+(?:về[ \t]+)?(?:an[ \t]+ninh,?[ \t]+trật[ \t]+tự|ANTT))?"
    rf"[ \t]+(?:{_UNIT_WORD}|dòng[ \t]+họ|họ|giáo[ \t]+xứ|giáo[ \t]+họ)(?:[ \t]+[{UPPER}][^\W\d_]*)+)"
)
# "thành viên Dòng họ Thò tự quản về an ninh trật tự thôn Phấu Hía nắm bắt ...": a clan named by its surname that
# manages itself is a model even with no cue (not "dòng họ Vừ", nor the counted "7 dòng họ tự quản")
NAMED_CLAN_RE = re.compile(
    rf"([Dd]{AFTER_NON_LETTER}òng[ \t]+họ(?:[ \t]+[{UPPER}][^\W\d_]*)+[ \t]+tự[ \t]+(?:quản|phòng)"
    r"(?:,?[ \t]+tự[ \t]+quản)?(?:[ \t]+(?:về[ \t]+)?(?:an[ \t]+ninh,?[ \t]+trật[ \t]+tự|ANTT))?"
    rf"(?:[ \t]+{_UNIT_WORD}(?:[ \t]+[{UPPER}][^\W\d_]*)+)?)(?![^\W\d_])(?![ \t]+về)"  # (what else it manages: unbounded)
)
# "mô hình Câu lạc bộ (CLB) “Phụ nữ với pháp luật”": a head word alone (its acronym aside) names no model; the quote does
# ("mô hình tổ tự quản": a head word that says how the group runs itself is a name)
BARE_HEAD_RE = re.compile(phrase_pattern([h for h in _TRIGGERS["name_head"] if "tự quản" not in h], first="any")
                          + rf"(?:{ACRONYM})?")
HEAD_OF_QUOTE_RE = re.compile(r"[ \t]*[“\"‘]")
SCARE_QUOTE_RE = re.compile(rf"[{LOWER}]+")
# "CLB ... gắn với các phong trào thi đua, các cuộc vận động như: “...”": the list a movement word heads
# ("mô hình về ANTT như: “...”": "về" only says what the models are about)
CUE_HEADS_RE = re.compile(phrase_pattern([c for c in _EXCLUSIONS["cue"] if c != "về"], word_start=True)
                          + r"(?:\s+[^\W\d_]+){0,2}\s*$")
MOVEMENT_LIST_RE = re.compile(CUE_HEADS_RE.pattern.removesuffix(r"\s*$") + r"\s*(?:như|gồm|là)\s*:")
CLAUSE_OPEN_RE = re.compile(r"(?s:.*)[.!?\n]")  # where the sentence before a position opens (its last stop)
CUE_BEFORE_RE = re.compile(phrase_pattern(_EXCLUSIONS["cue"] + _EXCLUSIONS["charge"], word_start=True)
                           + r"\s*[:,]?\s*$")
# "Phương châm của Câu lạc bộ là “...”", "Khẩu hiệu hành động là “...”": a slogan, a theme or an aim the copula
# gives (a cue word heads the clause, "của ..." may say whose; not "về": "Tổ tự quản về ANTT là “...”")
CUE_IS_BEFORE_RE = re.compile(phrase_pattern([c for c in _EXCLUSIONS["cue"] if c != "về"], first="any", word_start=True)
                              + r"(?:[ \t]+(?!là(?![^\W\d_]))[^\W\d_]+){0,2}(?:[ \t]+của[ \t]+[^.;:!?“”\"\n]{1,60}?)?"
                              r"[ \t]+là[ \t]*:?[ \t]*$")
EXCLUDED_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["prefix"] + _EXCLUSIONS["time"], first="any") + r"(?![^\W\d_])")
# "mô hình “Ngày thứ Bảy vì an ninh”": a day's name is a model's when a cue names it so (not "“Ngày hội ...”")
TIME_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["time"], first="any") + r"(?![^\W\d_])(?![ \t]+(?i:hội)(?![^\W\d_]))")
# "các mô hình chăn nuôi hiệu quả như ...": a livelihood model's list names crops and herds
ECONOMY_RE = re.compile(r"(?i:mô\s+hình)\s+" + phrase_pattern(_EXCLUSIONS["economy"]) + r"(?![^\W\d_])")
# "trang Zalo “Công an xã Cốc Lầu”", "như: “CAP Hà Huy Tập”, “CAX Thạch Bình”": a police unit (its page) is named,
# not a model
GENERIC_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["generic"], first="any"))
# "Câu lạc bộ Cựu chiến binh", "CLB CCB", "Hội Phụ nữ": a club or a team named by its members alone is the
# association, not one of its models (its model has a name of its own: CLB “An ninh CCB”)
MEMBERS_NAME_RE = re.compile(rf"(?:{phrase_pattern(_EXCLUSIONS['club'], first='any')}[ \t]+)?"
                             + phrase_pattern(_EXCLUSIONS["members"], first="any", rest="any"))
POLICE_UNIT_RE = re.compile(rf"(?:Công an[ \t]+{_UNIT_WORD}|CA[PXHT])(?:[ \t]+[{UPPER}][^\W_]*)+")
# "mô hình “nông dân giúp nhau phát triển kinh tế”": a name about livelihoods names no security model, unless it
# names security too
ECONOMY_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["economy"], first="any", word_start=True) + r"(?![^\W\d_])")
# "mô hình “một cửa”", "Câu lạc bộ khoa học kỹ thuật Việt kiều": an office's or a firm's form, research or leisure
OTHER_FIELD_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["other_field"], first="any", word_start=True)
                                 + r"(?![^\W\d_])")
SECURITY_NAME_RE = re.compile(phrase_pattern(_EXCLUSIONS["security"], first="any", word_start=True) + r"(?![^\W\d_])")
LIVELIHOOD_WORD_RE = re.compile(phrase_pattern(_EXCLUSIONS["livelihood"], word_start=True) + r"(?![^\W\d_])")
LIVELIHOOD_ITEM_RE = re.compile(phrase_pattern(_EXCLUSIONS["livelihood"], first="any") + r"(?![^\W\d_])")
# "Triển lãm mô hình “Thế giới thu nhỏ”", "7 mô hình được trưng bày gồm: ...", "các mô hình dự thi": mock-ups on show or
# a contest's entries, not community models
_EXHIBIT = phrase_pattern(_EXCLUSIONS["exhibit"], first="any")
EXHIBIT_RE = re.compile(rf"(?<![^\W\d_])(?:{_EXHIBIT}[ \t]+(?:(?:các|những|\d+)[ \t]+)?(?i:mô[ \t]+hình)"
                        rf"|(?i:mô[ \t]+hình)(?:[ \t]+(?:đã|sẽ|đang))?(?:[ \t]+được)?[ \t]+{_EXHIBIT})(?![^\W\d_])")
EXCLUDED_UNQUOTED_RE = re.compile(phrase_pattern(_EXCLUSIONS["unquoted_prefix"], rest="any") + r"(?![^\W\d_])")
# what may stand between two quoted names of one list
LIST_GAP_RE = re.compile(
    # "mô hình “Móc khóa cung cấp thông tin và tố giác tội phạm” (gọi tắt là “Móc khóa an ninh”)": a short name the
    # source gives the model in brackets
    r"[ \t]*\((?:gọi|viết)[ \t]+tắt(?:[ \t]+là)?[ \t]*:?[ \t]*|"
    # "“A” tại xã An Thủy (huyện Lệ Thủy); “B” ở xã Quảng Lộc, “C” tại phường Quảng Long (TX. Ba Đồn)"; where in
    # brackets or after a dash ("“A” (xã Tân An), “B” (xã Bình Hòa)", "“A” - xã Tân An; “B” - ..."); items on lines of
    # their own, bulleted ("...:\n+ “A”\n+ “B”")
    rf"(?:\s+(?:tại|ở|của)\s+(?:[^“”\"\n.;:!?]|\.(?=\s?[{UPPER}])){{1,60}}?|[ \t]*\([^()“”\"\n]{{1,60}}\)"
    rf"|[ \t]+[-–][ \t]+{_UNIT_WORD}[ \t]+[^“”\"\n.;:!?]{{1,60}}?)?"
    # (a group, "nhóm", is a model's word only in a list of them: "tổ “A” và nhóm “B”", not "băng nhóm “C”")
    r"\s*[,;]?\s*" + BULLET + r"(?:(?:và|hoặc|cùng|đến)\s+)?(?:" + phrase_pattern(_TRIGGERS["trigger"] + ("nhóm", "Nhóm"))
    + r"\s*)?"
)
# "các mô hình tự quản ... Từ “A” đến “B”, “C”… đã góp phần": a span of names ("Từ ... đến ...") a model's cue of
# its paragraph governs, a sentence or so back
FROM_BEFORE_RE = re.compile(r"(?<![^\W\d_])[Tt]ừ[ \t]*$")
FROM_TO_RE = re.compile(r"[“\"‘']([^“”\"‘’'\n]{2,120})[”\"’'][ \t]+đến[ \t]+[“\"‘']")
_FROM_REACH = 300  # how far back in its paragraph a cue governs a span of names
# `, mô hình giúp đỡ người lầm lỗi tái hòa nhập cộng đồng...` after a quoted list item
UNQUOTED_TAIL_RE = re.compile(
    r"\s*[,;]\s*(?:và\s+)?" + phrase_pattern(_TRIGGERS["unquoted"])
    + r"\s+([a-zà-ỹđ][^.…;:\n\"“”‘’']{2,150}?)(?=\s*(?:\.\.\.|…|[.;:\n]|$))"
)
# "là những mô hình", "là một trong những mô hình": what calls the names before it models
# ("được xem là", "được đánh giá là", "đã trở thành": a model so called)
_CALLED = (r"(?:(?:đều|đã|được|cũng)[ \t]+)*(?:(?:xem|coi|đánh[ \t]+giá|công[ \t]+nhận)[ \t]+)?(?:là|trở[ \t]+thành)"
           r"[ \t]+(?:một[ \t]+trong[ \t]+(?:[^\W\d_]+[ \t]+)?(?:những|các|số|nhiều)[ \t]+|một[ \t]+|những[ \t]+"
           r"|các[ \t]+)?" + phrase_pattern(_TRIGGERS["trigger"]) + r"(?![^\W\d_])"
           # (not a bare "điển hình" that ends its clause: "“Xóm môi giới” ở Bến Tre là một điển hình.", a typical case)
           r"(?!(?<=(?i:điển)[ \t](?i:hình))[ \t]*[.,;:!?…])")
# "“A”, “B...” là những mô hình ...", "“C” tại ấp D (huyện E) là một trong những mô hình tiêu biểu": quoted names
# called models after them (with where the last one is)
# ("“A”, “B” và nhiều mô hình khác", "“A”, “B” cùng các mô hình ...": named beside other models)
CALLED_MODEL_RE = re.compile(r"(?:\s+(?:tại|ở)\s+[^.;:!?“”\"\n]{1,80}?)?[\s,]*(?:\.\.\.|…)?\s*(?:" + _CALLED
                             + r"|(?:và|cùng)(?:[ \t]+với)?[ \t]+(?:nhiều|các|những|một[ \t]+số)[ \t]+"
                             + phrase_pattern(_TRIGGERS["trigger"]) + r"(?![^\W\d_])"
                             # (a headline's dash that says what the quote is: "“Xếp hàng đón con” - mô hình ...")
                             + r"|[-–—][ \t]+(?:một[ \t]+)?(?i:mô[ \t]+hình)(?![^\W\d_]))")
CALLED_SUBJECT_RE = re.compile(r"[ \t][ \t]*" + _CALLED)  # not "[ \t]+": a pattern opening on a repeat is tried at every position
# where a clause a name can open starts: a line, a sentence, a colon or an opening quote left unclosed
CLAUSE_START_RE = re.compile(r"(?s:.*)(?:[.!?:\n“\"]|^)")
POINTING_END_RE = re.compile(r"(?<![^\W\d_])(?:này|đó|ấy|trên|nói\s+trên)(?:[ \t]+(?:đã|đều|cũng|vẫn))?[ \t]*$")
TRAILING_BRACKET_RE = re.compile(r"\s*\([A-ZĐ][A-ZĐ .&/-]{1,20}\)\s*$")
# an opening quote with no closing one before its sentence ends
UNCLOSED_RE = re.compile(rf"“[ \t]*([{UPPER}][^“”\"\n.;!?]{{2,200}})(?=[.;!?]|\n|$)")
ORPHAN_ITEM_RE = re.compile(rf"[ \t]*[,;][ \t]*([{UPPER}][^“”\"\n.;:!?]{{2,150}}?[^\W_])[”\"](?=[\s,.;:!?)…]|$)")
CLOSING_RE = re.compile("[”\"]")
UNCLOSED_DATE_RE = re.compile(r"[ \t]+(?:năm|ngày|tháng)[ \t]+\d")  # "... năm 2024": when, not the name
_MAX_BROKEN_PART = 80  # how long each half of a name broken over a line may be
_BROKEN_STOP_RE = re.compile("[.!?:;“”\"]")
OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
_OPENER_BEFORE = " \t([{:;,–—-/"
_MAX_NAME = 250
_QUOTE_OR_BREAK_RE = re.compile("[" + re.escape("\n\"'" + OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE) + "]")
_MAX_UNQUOTED_WORDS = 14
_GOVERN_CHARS = 160  # how far back in its clause a trigger may govern a list
# "6 mô hình, điển hình tiên tiến trong phong trào “...”: A; B; C...", "các mô hình như: “A” về ANTT; B; C...": a
# list opened by a colon that a trigger earlier in its clause governs, its items parted by semicolons (or commas)
# ("các mô hình ... như mô hình Tổ dân phố, thôn không có tội phạm; Quản lý ...; Tổ tuần tra ..." opens one with
# "như mô hình" and no colon: it counts as a list only when semicolons part it, or commas with an ellipsis closing it)
LIST_COLON_RE = re.compile(
    phrase_pattern(_TRIGGERS["trigger"], first="any", rest="any", word_start=True)
    + r"(?![^\W\d_])[^.!?;:\n]{0," + str(_GOVERN_CHARS) + r"}(?::[ \t]*|(?P<open>(?<![^\W\d_])như\s+(?:mô\s+hình"
    rf"\s+(?=[^\W\d_])|(?=(?:CLB|Câu lạc bộ|Tổ|Đội)\s+[{UPPER}])|(?=(?:câu lạc bộ|tổ|đội)\s+[{LOWER}]+\s)))"
    rf"|(?P<caps>(?<![^\W\d_])(?:như|gồm)[ \t]+(?=[{UPPER}][{LOWER}]*[ \t]+[{LOWER}])))"
)
# "các mô hình như Camera an ninh, Tiếng kẻng an ninh, Đèn đường chiếu sáng được duy trì": names capitalised mid-sentence
# as names are (a capital, then lower case: not a proper name), not where they are ("Tổ dân phố 3", "thôn Tân An")
# nor who runs them ("Hội nông dân, Đoàn thanh niên", "Công ty ..."); governed by "mô hình" only (not "Điển hình
# như", which gives examples of anything, nor a club's list: "CLB thể thao ... các môn như Bóng đá nam, ...")
CAPITAL_ITEM_RE = re.compile(rf"[ \t]*(?!{_UNIT_WORD}[ \t]+(?:\d|[{UPPER}]))"
                             rf"(?!(?:Hội|Đoàn|Mặt trận|Chi bộ|Công ty|Doanh nghiệp|Trường)[ \t])[{UPPER}][{LOWER}]*[ \t]+[{LOWER}]")
MODEL_WORD_RE = re.compile(r"(?i:mô[ \t]+hình)(?![^\W\d_])")
# "Điển hình như: mô hình ...; CLB ...": "điển hình" ("for example") governs a list of models only when its first item
# says it is one (a model's or a team's word opens it)
TYPICAL_RE = re.compile(r"(?i:điển[ \t]+hình)(?![^\W\d_])")
FIRST_MODEL_ITEM_RE = re.compile(r"\s*(?:" + BULLET + r")?[“\"]?\s*(?:(?i:mô[ \t]+hình|câu[ \t]+lạc[ \t]+bộ|clb|tổ|đội|nhóm"
                                 r"|dòng[ \t]+họ|khu[ \t]+dân[ \t]+cư)(?![^\W\d_])|[“\"])")
# what parts a list's items: semicolons, where a comma before a team's word parts an item too ("...; câu lạc bộ nhà
# trọ, đội công nhân xung kích ..."), else commas
SEMICOLON_ITEMS_RE = re.compile(r";|,(?=\s*(?i:câu lạc bộ|clb|tổ|đội|nhóm)\s)")
LIST_END_RE = re.compile(r"\.\.\.|…|\.(?!\d)|\n|$")
# the trigger counts several models ("6 mô hình", "các mô hình"), or the colon opens a list ("... như:")
PLURAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:\d+|các|những|nhiều|một số)\s+$", re.IGNORECASE)
LIST_LINKER_RE = re.compile(r"(?<![^\W\d_])(?:như|gồm|là)\s*:[ \t]*$")
_MAX_LIST_WORDS = 24
_MAX_COMMA_ITEM_WORDS = 12
_MIN_SHORT_ITEM_WORDS, _MAX_SHORT_ITEM_WORDS = 3, 6  # a comma list after "các mô hình ... như:" with no end mark
QUOTE_CHARS_RE = re.compile(r"[“”\"]")
QUOTED_ITEM_RE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
NUMBER_BEFORE_RE = re.compile(r"\d+\s+$")  # "32 mô hình như: A, B, C": a number counts the models listed
# "mục tiêu “5 không, 3 sạch”, đó là: Không hủ tục lạc hậu; không vi phạm pháp luật ...": a rule the members keep,
# not a model's name
# a word that joins one more clause to the sentence ("đồng thời", "ngoài ra", "qua đó"): no list item opens so
CONNECTIVE_RE = re.compile(phrase_pattern(_TRIGGERS["connective"], first="any") + r"(?![^\W\d_])")
# ("A; B; C…, trong đó hiệu quả nhất là mô hình D": a clause joined after a comma goes on past the list)
CONNECTIVE_AFTER_COMMA_RE = re.compile(r",[ \t]*" + CONNECTIVE_RE.pattern)
PROHIBITION_RE = re.compile(r"(?i:không)[ \t]")
SAID_START_RE = re.compile(_KEEP + phrase_pattern(_TRIGGERS["said"]) + r"(?![^\W\d_])")
# a trigger that points back to one model named before ("mô hình này", "CLB trên", "mô hình nói trên")
# "với những việc làm thiết thực như:", "bằng nhiều hình thức như:", "các hoạt động như:": a list of what is done (by a
# model named before it), not of models (also when the tasks are tied to named days first: "những phần việc gắn với
# “Ngày thứ bảy văn minh”, “Ngày chủ nhật xanh”, như: ...")
ACTIVITY_HEAD_RE = re.compile(r"(?<![^\W\d_])(?:các|những|nhiều)[ \t]+" + phrase_pattern(_TRIGGERS["activity"])
                              + r"(?:[ \t,]+[^\W\d_]+){0,4}"
                              r"(?:[ \t]+(?:gắn|cùng)[ \t]+với(?:[ \t,]+[“\"][^“”\"\n]{1,60}[”\"]){1,4})?[ \t,]*$")
_ACTIVITY_REACH = 150  # how far before "như:" the head of what is done may stand (its named days between)
POINTED_TRIGGER_RE = re.compile(TRIGGER_RE.pattern + r"[ \t]+(?:này|đó|ấy|trên|nói[ \t]+trên)(?![^\W\d_])")
# a list item that speaks of "the model" with no name after it ("điều kiện áp dụng của mô hình", "quy trình thực hiện
# mô hình này"): the list says what one model is made of, it names no models
VENUE_ITEM_RE = re.compile(phrase_pattern(_EXCLUSIONS["venue"], first="any", rest="any") + r"(?![^\W\d_])")
BARE_MODEL_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ \t]+(?i:mô[ \t]+hình)(?:[ \t]+(?:này|đó|ấy|trên))?[ \t]*(?=[,.;:…)]|$)")
LEADING_TRIGGER_RE = re.compile(r"(?i:mô\s+hình)\s+")
# who runs the model an item names, before it: "Hội Cựu chiến binh xã A với mô hình ...", "Đoàn xã có mô hình ..."
OWNER_MODEL_RE = re.compile(r"[ \t]+(?:với|có)[ \t]+(?i:mô[ \t]+hình)(?![^\W\d_])")
# "và các nhóm nòng cốt", "và những tổ ...": groups joined to a list's last item, no name of their own
AND_GROUPS_RE = re.compile(r"[ \t]+(?:và|cùng)[ \t]+(?:các|những|nhiều|một[ \t]+số)[ \t]")
PLURAL_LEAD_RE = re.compile(r"(?i:các|những)\s+")
# what the sentence goes on to say of the last item: "... Thôn bản bình yên hoạt động có hiệu quả"
# (not after "và": "... công tác an ninh trật tự và hoạt động từ thiện nhân đạo" names a second activity)
ITEM_PREDICATE_RE = re.compile(rf"(?<!và)\s+{_KEEP}(?:" + phrase_pattern(_TRIGGERS["said"]) + r")(?![^\W\d_])")
ITEM_PLACE_RE = re.compile(r"\s+(?:tại|ở)\s+(?:(?:\d+\s+)?" + _UNIT_WORD + rf"(?![^\W\d_])|(?=[{UPPER}]))"
                           rf"|\s+{_UNIT_WORD}\s+(?=[{UPPER}])"  # "... con đường an toàn xã Đak Djrăng"
                           r"|\s*\((?![A-ZĐ&]+\))[^()]*\)\s*$")  # "... camera an ninh (thành phố Pleiku)", not "(ANTT)"
UNIT_WORD_RE = re.compile(_UNIT_WORD)
# a team, a club, a branch or a clan: its name says which one, place and all
OWN_TEAM_RE = re.compile(r"(?i:câu\s+lạc\s+bộ|clb|tổ|đội|nhóm|chi\s+hội|dòng\s+họ|họ)(?![^\W\d_])")
_MIN_KIND_WORDS = 3  # a kind of model named in fewer words is no name without its place
# "5 không 3 có", "3 sạch 4 an toàn": a name that counts what its members keep to is whole before where it is applied
NUMBERED_NAME_RE = re.compile(r"\d+[ \t]+[^\W\d_]+(?:,?[ \t]+\d+[ \t]+[^\W\d_]+)+(?=[ \t]+(?:tại|ở)[ \t])")
ANY_PLACE_RE = re.compile(r"[ \t]+(?:tại|ở)[ \t]")
ITEM_HEAD_RE = re.compile(r"\s*(?i:câu\s+lạc\s+bộ|clb|tổ|đội|nhóm)[ \t]+(?!chức|trưởng|phó|viên)")  # a club or a team
# an item opened by a club's or a team's word or by a head word a model's unquoted name opens with ("camera an ninh")
ITEM_NAME_HEAD_RE = re.compile(ITEM_HEAD_RE.pattern + r"|\s*" + phrase_pattern(_TRIGGERS["name_head"], first="any")
                               + r"(?![^\W\d_])")
# a comma that parts list items, not the halves of "phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ", nor a
# decimal comma ("cao 2,5 m")
ITEM_COMMA_RE = re.compile(rf"(?!{PAIRED_COMMA})(?:(?<!\d),|,(?!\d))")
# the same, passing over a quoted item's own commas ('camera an ninh, "trong nhà có mõ, ngoài ngõ có đèn", ...') and a
# bracket's ("Bến Nhà Rồng (cao 2,5 m, dài 5 m), tháp Eiffel (...)": what the item is, said in brackets)
QUOTED_ITEM_COMMA_RE = re.compile(r'(?P<quoted>[“"][^“”"\n]*[”"]|\([^()\n]*\))|' + ITEM_COMMA_RE.pattern)
# an item that opens with where it is, or is an administrative unit's proper name ("như: ở phường Kim Mã, quận Ba Đình;
# xã Trung Giã, huyện Sóc Sơn"): the places the models are in, not their names
PLACE_ITEM_RE = re.compile(rf"(?:(?:ở|tại)[ \t]|{_UNIT_WORD}[ \t]+[{UPPER}])")
_MIN_RECURRING_WORDS, _RECURRING_SHARE = 3, 0.6  # a quote sharing 3/5 of its and a model's words writes that model
_MAX_LIST_CHARS = 1500  # where a list with no end in sight is cut (keeps a page of repeats linear)


# "3 mô hình ... gồm A, B và C", "hai mô hình là A và B": a list that the number before its cue counts
# (the number words of data/number_words.tsv from two to ten that open a numeral, 'năm' as in figure_words)
_COUNT_WORDS = {word: int(value) for word, value, role, can_start in load_rows("number_words.tsv")
                if role in ("unit", "ten") and 2 <= int(value) <= 10 and (can_start == "yes" or word == "năm")}
_MAX_COUNTED_ITEMS = 10
_COUNT = rf"(?<![^\W\d_])(?P<n>\d+|{'|'.join(_COUNT_WORDS)})[ \t]+(?:loại[ \t]+)?"  # "3 ", "hai loại "
COUNTED_LIST_RE = re.compile(
    _COUNT + r"(?P<cue>(?i:mô[ \t]+hình|câu[ \t]+lạc[ \t]+bộ)|CLB)"
    r"(?![^\W\d_])[^.!?;:\n“”\"]{0,100}?(?<![^\W\d_])(?:như|gồm[ \t]+có|bao[ \t]+gồm|gồm|là)[ \t]*:?[ \t]*(?=[^\W\d_])")
LAST_AND_RE = re.compile(r"[ \t]+và[ \t]+")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of paired quotes, innermost pairs included, line by line (a name the source breaks
    over two lines is paired across its break)."""
    spans: list[tuple[int, int]] = []
    double: list[int] = []
    single: list[int] = []
    carried = -1  # an opening mark the last line left open close to its end: the next line may close it
    for m in _QUOTE_OR_BREAK_RE.finditer(text):  # the characters read below; all others are passed over
        i, ch = m.start(), m.group()
        if ch == "\n":
            carried = double[-1] if double and text[double[-1]] in OPEN_DOUBLE and _short_rest(text, double[-1], i) \
                else -1
            double.clear()
            single.clear()
        elif ch in OPEN_DOUBLE:
            if double and text[double[-1]] == ch and _letter(text, i - 1) and not _letter(text, i + 1):
                _close(double, i, spans)  # 'mô hình “Cơ sở Hội vùng dân tộc thiểu số“ tại xã': an opening mark
            elif double and text[double[-1]] == ch and text[i - 2:i] in (", ", "; ") \
                    and not QUOTE_CHARS_RE.search(text, double[-1] + 1, i):
                _close(double, i - 2, spans)  # 'mô hình “Camera an ninh, “Đèn đường chiếu sáng”': an item the
                double.append(i)              # source leaves open ends where the next one opens
            else:                         # written for the closing one, after a word
                double.append(i)
        elif ch in CLOSE_DOUBLE:
            if not double and _opener_like(text, i) and _letter(text, i + 1):
                double.append(i)  # 'mô hình ”Phụ nữ chung tay ...”': a closing mark written for the opening one
            elif not double and carried >= 0 and _short_rest(text, text.rfind("\n", 0, i), i):
                _close([carried], i, spans)  # 'mô hình “Tự quản, tự phòng,\ntự bảo vệ”': a name broken over a line
                carried = -1
            else:
                _close(double, i, spans)
        elif ch == '"':
            if _opener_like(text, i) and not (double and text[double[-1]] == '"' and not _space_before(text, i)):
                double.append(i)
            else:
                _close(double, i, spans)
        elif ch in OPEN_SINGLE:
            single.append(i)
        elif ch in CLOSE_SINGLE or ch == "'":
            if _letter(text, i - 1) and _letter(text, i + 1):
                continue  # an apostrophe inside a word (K'Nhân)
            if ch == "'" and _opener_like(text, i):
                single.append(i)
            else:
                _close(single, i, spans)
    return sorted(spans)


# "CLB ''Nông dân với pháp luật''", "CLB "Nông dân với pháp luật''với 30 thành viên": two apostrophes typed for a
# double quote mark, opening (after a space or an opener's punctuation, before a letter) or closing (after a letter,
# a digit or a sentence's end)
_APOSTROPHES_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{:;,–—/-]))''(?=[^\W_])|(?<=[^\W_]|[.!?…)])''(?!')", re.MULTILINE)


def paired_apostrophes(text: str) -> str:
    """``text`` with each pair of apostrophes written for a double quote mark made one (' "' opening, '" ' closing), of
    the same length, so offsets stay."""
    if "''" not in text:
        return text
    return _APOSTROPHES_RE.sub(lambda m: ' "' if m.start() == 0 or not _letter(text, m.start() - 1)
                               and not text[m.start() - 1].isdigit() and text[m.start() - 1] not in ".!?…)"
                               else '" ', text)


def _short_rest(text: str, lo: int, hi: int) -> bool:
    """Whether text(lo, hi) is a short stretch of one name: no sentence ends in it, no quote mark."""
    return hi - lo <= _MAX_BROKEN_PART and not _BROKEN_STOP_RE.search(text, lo + 1, hi)


def _close(stack: list[int], i: int, spans: list[tuple[int, int]]) -> None:
    if stack:
        start = stack.pop()
        if 0 < i - start - 1 <= _MAX_NAME:
            spans.append((start, i))


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def _space_before(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENER_BEFORE or text[i - 1].isspace()


def _opener_like(text: str, i: int) -> bool:
    return _space_before(text, i) and i + 1 < len(text) and not text[i + 1].isspace()


def _is_model_quote(text: str, start: int, list_end: int | None, called: bool) -> bool:
    """Whether the quote opening at ``start`` names a model (``called``: the text after it calls it one)."""
    lo = max(0, start - 120)
    if CUE_BEFORE_RE.search(text, lo, start) or CUE_IS_BEFORE_RE.search(text, lo, start) or _exhibit(text, lo, start):
        return False
    if called:
        return True  # "“Ngày cuối tuần cùng dân” là một mô hình ...": called a model, whatever it opens with
    if EXCLUDED_NAME_RE.match(text, start + 1) and not (TIME_NAME_RE.match(text, start + 1) and (
            TRIGGER_BEFORE_RE.search(text, lo, start)
            or list_end is not None and LIST_GAP_RE.fullmatch(text, list_end, start) is not None)):
        return False  # (a day's name the cue of a list of models names: “Ngày thứ Bảy vì an ninh”)
    if TRIGGER_BEFORE_RE.search(text, lo, start):
        return True
    if NAMED_BEFORE_RE.search(text, lo, start):
        stop = CLAUSE_OPEN_RE.match(text, lo, start)
        if TRIGGER_RE.search(text, stop.end() if stop else lo, start):
            return True  # "ra mắt mô hình “Dân vận khéo” với tên gọi “Tổ Tuần tra ...”": the name a model is given
    if SPEECH_COLON_RE.search(text, lo, start):
        return False  # "Đội trưởng ... cho biết: “Đội bảo vệ kết hợp với ...”": what was said, no name
    if SELF_CUED_RE.match(text, start + 1):
        return True
    if TEAM_CUED_RE.match(text, start + 1):
        reach = max(0, start - _MAX_LIST_CHARS // 4)
        clause = CLAUSE_OPEN_RE.search(text, reach, start)
        if not MOVEMENT_LIST_RE.search(text, clause.end() if clause else reach, start):
            return True
    described = DESCRIBED_BEFORE_RE.search(text, lo, start)
    if described and (ECONOMY_NAME_RE.search(described.group()) or LIVELIHOOD_WORD_RE.search(described.group())):
        described = None  # "mô hình trồng cây ăn quả “Vườn mẫu”": a livelihood model
    if (described or TEAM_KIND_BEFORE_RE.search(text, lo, start)) and not _lower_start(text, start):
        return True
    if STRICT_BEFORE_RE.search(text, lo, start):
        # "ở nhóm “chót bảng”": a phrase, not a name; "dòng họ “Nguyễn Văn”": the clan's family name, not a model's
        return not _lower_start(text, start) and not (CLAN_BEFORE_RE.search(text, lo, start)
                                                      and SURNAME_START_RE.match(text, start + 1))
    if LAUNCH_BEFORE_RE.search(text, lo, start) and TEAM_NAME_RE.match(text, start + 1):
        return True  # "thành lập và ra mắt “Đội thanh niên xung kích ...”": a team launched
    if LAUNCHED_ROUTE_RE.search(text, lo, start) and not _lower_start(text, start):
        return True  # "ra mắt 2 tuyến hẻm “Xanh-Sạch-Đẹp”": a lane launched by its model's name
    if list_end is not None:
        if LIST_GAP_RE.fullmatch(text, list_end, start) is not None:
            return True
    if FROM_BEFORE_RE.search(text, max(0, start - 8), start) and FROM_TO_RE.match(text, start):
        reach = max(text.rfind("\n", 0, start) + 1, start - _FROM_REACH)
        if TRIGGER_RE.search(text, reach, start):
            return True
    return _governed_list(text, start)


# "ngồi uống rượu tại CLB “Vip 68”", "đánh bạc tại CLB “Hoàng Gia”": a club where something happens, named as a
# business is, each word capitalised or a number, is a venue, not a model ("sinh hoạt tại CLB “Phụ nữ với pháp luật”"
# is one: a name that says what it does)
VENUE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:tại|ở)[ \t]+(?:CLB|(?i:câu[ \t]+lạc[ \t]+bộ))[ \t]*$")
VENUE_NAME_RE = re.compile(rf"[ \t]*[{UPPER}\d][^\s“”\"]*(?:[ \t]+[{UPPER}\d][^\s“”\"]*)*[ \t]*")


# "dòng họ “Nguyễn Văn”": a clan's quote that opens with a family name (data/surnames.txt) is the family's name
CLAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:dòng[ \t]+họ)[ \t]*$")
SURNAME_START_RE = re.compile(r"[ \t]*" + phrase_pattern(words("surnames.txt")) + r"(?![^\W\d_])")


# "mô hình “A” với tên gọi “B”", "..., gọi tắt là “C”": what names the model its clause speaks of, past another quote
NAMED_BEFORE_RE = re.compile(phrase_pattern(_TRIGGERS["naming"], word_start=True) + r"[ \t]*:?[ \t]*$")
# "xây dựng khu dân cư “An ninh - An toàn - An dân”": a residential area called by a name that says what it keeps safe
# (not a development's name, "khu dân cư “Him Lam”", nor the standard "An toàn về an ninh trật tự" it meets)
RESIDENTIAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:khu[ \t]+dân[ \t]+cư)[ \t]*$")
STANDARD_NAME_RE = re.compile(r"[ \t]*(?i:an[ \t]+toàn[ \t]+về)(?![^\W\d_])")


def _residential(text: str, start: int, close: int) -> bool:
    """Whether the quote at [start, close] names a residential area's model (RESIDENTIAL_BEFORE_RE)."""
    return RESIDENTIAL_BEFORE_RE.search(text, max(0, start - 20), start) is not None \
        and not _lower_start(text, start) and SECURITY_NAME_RE.search(text, start + 1, close) is not None \
        and STANDARD_NAME_RE.match(text, start + 1) is None


def _venue(text: str, start: int, close: int) -> bool:
    """Whether the quote at [start, close] names a club as a venue (VENUE_BEFORE_RE, VENUE_NAME_RE)."""
    return VENUE_BEFORE_RE.search(text, max(0, start - 20), start) is not None \
        and VENUE_NAME_RE.fullmatch(text, start + 1, close) is not None \
        and SECURITY_NAME_RE.search(text, start + 1, close) is None


def _exhibit(text: str, lo: int, start: int) -> bool:
    """Whether the clause before ``start`` (back to ``lo`` at most) speaks of models on show (EXHIBIT_RE)."""
    stop = CLAUSE_OPEN_RE.match(text, lo, start)
    return EXHIBIT_RE.search(text, stop.end() if stop else lo, start) is not None


def _called_models(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each quote of ``spans``: whether it, or the list of quotes it opens, is called a model after its close
    (read from the last quote back, each once)."""
    opens = [open_at for open_at, _ in spans]
    called = [False] * len(spans)
    for k in range(len(spans) - 1, -1, -1):
        end = spans[k][1] + 1
        j = bisect_left(opens, end)  # the next quote not nested in this one
        if j < len(spans) and LIST_GAP_RE.fullmatch(text, end, spans[j][0]) is not None:
            called[k] = called[j]
        else:
            called[k] = CALLED_MODEL_RE.match(text, end) is not None
    return called


def _lower_start(text: str, start: int) -> bool:
    first = re.compile(r"\s*(\w)").match(text, start + 1)
    return first is not None and first.group(1).islower()


def _governed_list(text: str, start: int) -> bool:
    """'xây dựng 24 mô hình về an ninh trật tự như “...”': a list after a linker whose clause holds a trigger."""
    linker = LINKER_BEFORE_RE.search(text, max(0, start - 40), start)
    if linker is None:
        return False
    lo = max(0, linker.start() - _GOVERN_CHARS)
    last = None
    for m in TRIGGER_RE.finditer(text, lo, linker.start()):
        last = m
    return last is not None and CLAUSE_STOP_RE.search(text, last.end(), linker.start()) is None \
        and not _movement_list(text, last.end(), linker.start()) \
        and SPEECH_RE.search(text, last.end(), linker.start()) is None  # "CLB ... tuyên bố ... là “...”": what was said


def _movement_list(text: str, lo: int, linker: int) -> bool:
    """Whether a movement word heads the list its linker at ``linker`` opens ('các cuộc vận động như: ...'), looking
    no further back than ``lo``."""
    return CUE_HEADS_RE.search(text, max(lo, linker - 40), linker) is not None


def _mention(doc: Prepared, start: int, end: int, name: str) -> ModelMention:
    s, e, source_text = doc.norm.source_span(start, end)
    return ModelMention(start=s, end=e, text=source_text, name=name, key=model_key(name))


def _written(doc: Prepared, start: int, end: int) -> ModelMention:
    """The mention of the unquoted name at [start, end) of the normalised text, named as the source writes it."""
    return _mention(doc, start, end, _clean_name(as_written(doc.norm, start, end)))


def _clean_name(raw: str) -> str:
    return " ".join(raw.split()).strip(" ,;:.")


def extract_models(text: str | Prepared) -> list[ModelMention]:
    """Named community models in ``text``, each distinct name once (``_dedupe``)."""
    doc = prepare(text)
    norm = paired_apostrophes(doc.text)
    found: list[ModelMention] = []
    list_end: int | None = None
    spans = quoted_spans(norm)
    called = _called_models(norm, spans)
    others: list[tuple[int, int]] = []  # quotes no cue makes a model: one may name a model found elsewhere
    model_sentence = -1  # the sentence of the last model quoted: a team's quoted name later in it is one more
    for k, (open_at, close_at) in enumerate(spans):
        if list_end is not None and open_at < list_end:
            continue  # nested inside an accepted name
        if doc.sentences[doc.sentence_at(open_at)].boilerplate:
            continue
        sentence = doc.sentence_at(open_at)
        if _venue(norm, open_at, close_at) or not _is_model_quote(norm, open_at, list_end, called[k]) \
                and not _residential(norm, open_at, close_at) and not (
                sentence == model_sentence and TEAM_NAME_RE.match(norm, open_at + 1)):
            list_end = None
            if not CUE_BEFORE_RE.search(norm, max(0, open_at - 120), open_at) \
                    and not EXCLUDED_NAME_RE.match(norm, open_at + 1):
                others.append((open_at, close_at))
            continue
        name = _clean_name(as_written(doc.norm, open_at + 1, close_at))
        if name and not SCARE_QUOTE_RE.fullmatch(name):  # "mô hình tự quản 'lạ'": a word in quotes, no name
            found.append(_mention(doc, open_at, close_at + 1, name))
        list_end = close_at + 1
        model_sentence = sentence
        orphan = ORPHAN_ITEM_RE.match(norm, list_end)  # '“A”, B" phường, xã': an item whose opening mark is lost
        if orphan and len(orphan.group(1).split()) <= _MAX_UNQUOTED_WORDS:
            found.append(_written(doc, *orphan.span(1)))
        tail = UNQUOTED_TAIL_RE.match(norm, list_end)
        if tail and len(tail.group(1).split()) <= _MAX_UNQUOTED_WORDS:
            found.append(_written(doc, *tail.span(1)))
    items = sorted(_colon_list_items(doc))
    for m in UNQUOTED_NAME_RE.finditer(norm):
        if _unquoted_name(doc, items, m):
            tail = TRAILING_ACRONYM_RE.search(norm, *m.span(1))  # "... về an ninh trật tự (ANTT)": the name without it
            found.append(_written(doc, *_without_place(norm, m.start(1), tail.start() if tail else m.end(1))))
            nxt = _next_name(norm, m.end(1), norm[m.start(1)].isupper())
            while nxt and not EXCLUDED_UNQUOTED_RE.match(norm, nxt.start(1)) \
                    and not BARE_HEAD_RE.fullmatch(norm, *nxt.span(1)):
                found.append(_written(doc, *_without_place(norm, *nxt.span(1))))
                nxt = _next_name(norm, nxt.end(1), norm[m.start(1)].isupper())
    for m in FORMULA_NAME_RE.finditer(norm):
        if _unquoted_name(doc, items, m):
            found.append(_written(doc, *m.span(1)))
    for m in LONG_TEAM_NAME_RE.finditer(norm):
        if FIELD_END_RE.search(norm, m.start(1), m.end(1)) and _unquoted_name(doc, items, m):
            found.append(_written(doc, *m.span(1)))
    for m in VERB_NAME_RE.finditer(norm):
        span = _verb_name(norm, m)
        if span and not doc.sentences[doc.sentence_at(m.start())].boilerplate and not _within(items, span[0]) \
                and not (m.start() > 0 and norm[m.start() - 1] in OPEN_DOUBLE + '"'):
            found.append(_written(doc, *span))
            nxt = NEXT_NAME_RE.match(norm, span[1])  # "mô hình thắp sáng đường quê, tuyến đường an ninh"
            if nxt and not EXCLUDED_UNQUOTED_RE.match(norm, nxt.start(1)) and not BARE_HEAD_RE.fullmatch(norm, *nxt.span(1)):
                found.append(_written(doc, *_without_place(norm, *nxt.span(1))))
    unquoted = sorted((mention.start, mention.end) for mention in found)
    for m in chain(SELF_MANAGED_RE.finditer(norm), SELF_MANAGED_PLACE_RE.finditer(norm), NAMED_CLAN_RE.finditer(norm)):
        if not _within(unquoted, m.start(1)) and _unquoted_name(doc, items, m):
            found.append(_written(doc, *m.span(1)))
    for m in SAFE_PLACE_RE.finditer(norm):
        if not _within(unquoted, m.start(1)) and _unquoted_name(doc, items, m):
            found.append(_written(doc, *_without_place(norm, *m.span(1))))
    launched: set[int] = set()
    for m in chain(LAUNCHED_NAME_RE.finditer(norm), LAUNCHED_BEFORE_RE.finditer(norm), LAUNCHED_ACRONYM_RE.finditer(norm),
                   LAUNCHED_SUBJECT_RE.finditer(norm)):
        if not doc.sentences[doc.sentence_at(m.start())].boilerplate and not EXCLUDED_UNQUOTED_RE.match(norm, m.start(1)) \
                and not HEAD_OF_QUOTE_RE.match(norm, m.end(1)):  # "ra mắt nhóm phụ nữ “A”": the quote names it
            found.append(_written(doc, *m.span(1)))
            launched.add(found[-1].start)
    found.extend(_written(doc, lo, hi) for lo, hi in items + _called_subjects(doc) + _counted_list_items(doc, items))
    found.extend(_unclosed(doc, {open_at for open_at, _ in spans}))
    found.extend(_recurring(doc, others, found))
    return kept(found, launched)


def kept(found: list[ModelMention], launched: set[int] | frozenset[int] = frozenset()) -> list[ModelMention]:
    """Of the mentions found, those that name a security model, in text order, each name once (tools/
    train_model_tagger.py passes a learned tagger's spans through it too); a club named by its members alone
    counts only where it is launched (``launched``: the mentions' starts), "ra mắt CLB Cựu quân nhân"."""
    found.sort(key=lambda mention: mention.start)
    return _dedupe([mention for mention in found
                    if (not (ECONOMY_NAME_RE.search(mention.name) or OTHER_FIELD_NAME_RE.search(mention.name))
                        or SECURITY_NAME_RE.search(mention.name))
                    and not POLICE_UNIT_RE.fullmatch(mention.name) and not GENERIC_NAME_RE.fullmatch(mention.name)
                    and (mention.start in launched or not MEMBERS_NAME_RE.fullmatch(mention.name))])


def _next_name(norm: str, end: int, capitalised: bool) -> re.Match[str] | None:
    """One more unquoted name after the one ending at ``end``: opened by a head word, or, after a ``capitalised``
    name, capitalised as it is (not a place, nor who runs it: CAPITAL_ITEM_RE)."""
    nxt = NEXT_NAME_RE.match(norm, end)
    if nxt is None and capitalised:
        nxt = NEXT_CAPITAL_RE.match(norm, end)
        if nxt is not None and not CAPITAL_ITEM_RE.match(norm, nxt.start(1)):
            return None
    return nxt


def _unclosed(doc: Prepared, opened: set[int]) -> list[ModelMention]:
    """Names in quotes the source leaves open after a trigger ('mô hình “Tổ tự quản đường biên, mốc giới và an ninh,
    trật tự xóm ấp. Ảnh: ...'): the name runs to the end of its sentence, as written without the quote mark."""
    norm, out = doc.text, []
    for m in UNCLOSED_RE.finditer(norm):
        start = m.start()
        line_end = norm.find("\n", start, start + _MAX_LIST_CHARS)
        if start in opened or doc.sentences[doc.sentence_at(start)].boilerplate \
                or len(m.group(1).split()) > _MAX_LIST_WORDS \
                or CLOSING_RE.search(norm, start, line_end if line_end >= 0 else start + _MAX_LIST_CHARS):
            continue  # paired, or closed further on (a long quote, a speech)
        if TRIGGER_BEFORE_RE.search(norm, max(0, start - 120), start) \
                and not CUE_BEFORE_RE.search(norm, max(0, start - 120), start):
            out.append(_written(doc, *_unclosed_name(norm, *m.span(1))))
    return out


def _unclosed_name(norm: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of the name in an unclosed quote [lo, hi) that runs to its sentence's end: without the date, the
    place and what the sentence goes on to say of it ('“Thanh niên xung kích ... an ninh trật tự năm 2024 tại ấp 3',
    '“Tổ tự quản về an ninh trật tự được ra mắt sáng nay'), as a list item loses them."""
    date = UNCLOSED_DATE_RE.search(norm, lo, hi)
    hi = date.start() if date and date.start() > lo else hi
    where = ITEM_PLACE_RE.search(norm, lo, hi)
    if where and where.start() > lo and not _place_inside(norm, lo, hi):
        hi = where.start()
    said = ITEM_PREDICATE_RE.search(norm, lo, hi)
    return lo, said.start() if said and said.start() > lo else hi


def _recurring(doc: Prepared, quotes: list[tuple[int, int]], found: list[ModelMention]) -> list[ModelMention]:
    """The quotes among ``quotes`` that write a model found elsewhere in the article in other words ("mô hình “Đảm
    bảo an ninh trật tự trên địa bàn xã A, thị xã B”" ... "triển khai “Đảm bảo an ninh trật tự trên địa bàn xã
    A”"; "mô hình Tuyến đường thanh niên tự quản ..." ... "nhiều “Đoạn đường thanh niên tự quản ...”"): most of
    their words are the model's.  A quote in lower case that holds only some of a model's words writes what the model
    deals with, not the model ("mô hình Móc khóa tố giác tội phạm" ... "gắn bảng “tố giác tội phạm”")."""
    if not quotes:
        return []
    known = {frozenset(_words(name)) for name in {mention.name for mention in found}}
    out = []
    for open_at, close_at in quotes:
        name = _clean_name(as_written(doc.norm, open_at + 1, close_at))
        words = _words(name)
        if len(words) >= _MIN_RECURRING_WORDS and any(
                len(words & other) >= _RECURRING_SHARE * len(words | other)
                and not (words < other and _lower_start(doc.text, open_at)) for other in known):
            out.append(_mention(doc, open_at, close_at + 1, name))
    return out


def _words(name: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", normalize_tone(name).casefold()))


def _unquoted_name(doc: Prepared, items: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """Whether an UNQUOTED_NAME_RE match names a model: not an organisation or a policy, not what something is modelled
    on ("theo mô hình Thiên An Môn"), not in boilerplate, not an
    item of a list read whole ("Tổ dân phố, thôn không có tội phạm; ..."), not a head word alone, not inside a quote
    that opens with the cue (“Mô hình camera an ninh” is read as a quote), not the kind in lower case of a quoted name
    right after it ("mô hình tổ tự quản“Cổng trường an toàn giao thông”": the quote names the model), not a place's
    way ("mô hình Đà Nẵng"), not a mock-up on show ("Triển lãm mô hình Tàu Titanic"), not a run past the "như" of
    a list."""
    norm, lo = doc.text, m.start(1)
    return not EXCLUDED_UNQUOTED_RE.match(norm, lo) and not doc.sentences[doc.sentence_at(m.start())].boilerplate \
        and not _within(items, lo) and not BARE_HEAD_RE.fullmatch(norm, lo, m.end(1)) \
        and not (m.start() > 0 and norm[m.start() - 1] in OPEN_DOUBLE + '"') \
        and not (norm[lo].islower() and HEAD_OF_QUOTE_RE.match(norm, m.end(1))) \
        and not (GUARDED_HEAD_RE.match(norm, lo) and not SAFE_WORD_RE.search(norm, lo, m.end(1))) \
        and not MODELLED_ON_RE.search(norm, max(0, m.start() - 6), m.start()) and not PLACE_NAMED_RE.match(norm, lo) \
        and not _exhibit(norm, max(0, lo - 40), lo) and not LIST_INSIDE_RE.search(norm, lo, m.end(1))


# "mô hình câu lạc bộ người dân phòng, chống tội phạm hiệu quả như CLB Honda xe khách, ...": a run that reaches past
# "như" holds a kind and the first item of the list it opens, not one name (the list's items are read as such)
LIST_INSIDE_RE = re.compile(r"(?<![^\W\d_])như(?![^\W\d_])")
# "học tập mô hình Đà Nẵng", "mô hình Singapore về quản lý nhà ở": a province's or a country's way of doing
# things, named by the place, not a model the community runs
PLACE_NAMED_RE = re.compile(phrase_pattern(labelled("places.txt")["place"] + words("countries.txt")) + r"(?![^\W\d_])")
# "xây dựng theo mô hình Thiên An Môn", "thống nhất theo mô hình Tổng công ty ...": what something is organised or built
# after, not a model the community runs
MODELLED_ON_RE = re.compile(r"(?<![^\W\d_])(?i:theo)[ \t]+$")


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls inside one of the sorted ``spans``."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _colon_list_items(doc: Prepared) -> list[tuple[int, int]]:
    """The unquoted items of a list after a trigger's colon, or after "như mô hình" or "như CLB/Tổ/Đội X" (a
    quoted item is read as a quote): parted by semicolons, or by commas after a trigger with its number and "như:"
    ("32 mô hình như: camera giám sát an ninh, tiếng loa di động, mô hình 5+1, ...") or after "như:" or "như mô
    hình" when an ellipsis closes the list, where at least three short items and no quote make it a list (no livelihood model's list).

    At least two items, each at most ``_MAX_LIST_WORDS`` words: a colon followed by one clause is no list. Returns
    the items' spans in the normalised text."""
    norm, out = doc.text, []
    for m in LIST_COLON_RE.finditer(norm):
        limit = min(len(norm), m.end() + _MAX_LIST_CHARS)
        stop = LIST_END_RE.search(norm, m.end(), limit)
        end = stop.start() if stop else limit
        if doc.sentences[doc.sentence_at(m.start())].boilerplate or ECONOMY_RE.search(norm, m.start(), m.end()) \
                or _exhibit(norm, max(0, m.start() - 40), m.end()):
            continue  # (a livelihood model's list; mock-ups on show: "7 mô hình được trưng bày gồm: ...")
        if TYPICAL_RE.match(norm, m.start()) and not FIRST_MODEL_ITEM_RE.match(norm, m.end()):
            continue  # "chưa được gia cố, điển hình như: Khe Bòng (Quảng Ninh), ...": examples of anything
        if m["caps"] is not None:
            run_end = _capital_run_end(norm, m.end(), end)
            if run_end is None or not MODEL_WORD_RE.match(norm, m.start()) \
                    or _movement_list(norm, m.start(), m.start("caps")):
                continue  # (no list of movements: "... gắn với các phong trào như Xây dựng nông thôn mới, ...")
            end = run_end
        counted = PLURAL_BEFORE_RE.search(norm, max(0, m.start() - 12), m.start()) is not None \
            or COUNT_BEFORE_RE.search(norm, max(0, m.start() - 12), m.start()) is not None  # ("hai mô hình gồm: ...")
        linker = LIST_LINKER_RE.search(norm, m.start(), m.end())
        linked = m["open"] is not None or m["caps"] is not None or linker is not None
        if linker is not None and _movement_list(norm, m.start(), linker.start()):
            continue  # "CLB ... gắn với các cuộc vận động như: ...": the movements' list, not models
        if linker is not None and ACTIVITY_HEAD_RE.search(norm, max(m.start(), linker.start() - _ACTIVITY_REACH), linker.start()):
            continue  # "Mô hình “A” được triển khai với những việc làm thiết thực như: ...": what a model does
        if not (counted or linked):
            continue  # "Mô hình này có ba nội dung: ...; ...": the parts of one model
        if not counted and POINTED_TRIGGER_RE.match(norm, m.start()) \
                and not TRIGGER_RE.search(norm, m.start() + 1, m.end()):
            continue  # "Ban điều hành mô hình này phối hợp ... bằng những việc làm như: ...": what one model does
        commas = norm.count(",", m.end(), end) >= 2 and (not QUOTE_CHARS_RE.search(norm, m.end(), end)
                                                          or _whole_quotes(norm, m.end(), end))
        if m["caps"] is not None:
            sep, most = ",", _MAX_COMMA_ITEM_WORDS
        elif norm.count(";", m.end(), end):
            sep, most = ";", _MAX_LIST_WORDS
        elif linked and commas and (NUMBER_BEFORE_RE.search(norm, max(0, m.start() - 8), m.start())
                                    or stop is not None and stop.group() in ("...", "…")):
            sep, most = ",", _MAX_COMMA_ITEM_WORDS
        elif linked and not QUOTE_CHARS_RE.search(norm, m.end(), end) and all(
                ITEM_NAME_HEAD_RE.match(norm, a) for a, _ in _parts(norm, m.end(), end, ITEM_COMMA_RE, most=2)[:2]) \
                and ITEM_COMMA_RE.search(norm, m.end(), end):
            # "như: Câu lạc bộ phụ nữ công giáo ..., câu lạc bộ giữ gìn ...", "như tổ liên gia tự quản, camera an ninh, ..."
            sep, most = ",", _MAX_COMMA_ITEM_WORDS
        elif (linker is not None or ":" in norm[m.start():m.end()]) and counted \
                and not QUOTE_CHARS_RE.search(norm, m.end(), end) and _short_items(norm, m.end(), end):
            # "Nhiều mô hình ... như: nhà tôi có bình chữa cháy, phụ nữ với công tác PCCC.": short names, each a
            # few words, parted by commas up to the sentence's end
            sep, most = ",", _MAX_SHORT_ITEM_WORDS
        elif linker is not None and counted and MODEL_WORD_RE.match(norm, m.start()) \
                and (run_end := _capital_run_end(norm, m.end(), _colon_or(norm, m.end(), end))) is not None:
            # "các mô hình tự quản như: Tộc họ tự quản, Tổ an ninh xung kích, Tổ nhân dân tự quản.": names capitalised
            # mid-sentence after "như:" that counted models govern, as with no colon (the run of such names only)
            sep, most, end = ",", _MAX_COMMA_ITEM_WORDS, run_end
        else:
            continue
        parts = _parts(norm, m.end(), end, SEMICOLON_ITEMS_RE if sep == ";" else QUOTED_ITEM_COMMA_RE)
        if sep == ",":
            parts = _counted_last_pair(norm, m.start(), parts)
        if LIVELIHOOD_ITEM_RE.match(norm[slice(*parts[0])].lstrip()):
            continue  # "các mô hình: nuôi dê ở xã A; nuôi bò ...": a list of livelihood models
        if any(VENUE_ITEM_RE.match(norm[a:b].lstrip()) for a, b in parts):
            continue  # "ở các CLB hoặc Trung tâm văn hóa như: TTVH Tân Bình, CLB Nguyễn Du, ...": places, not models
        if any(BARE_MODEL_RE.search(norm, a, b) for a, b in parts):
            continue  # "hoàn thiện mô hình như: điều kiện áp dụng của mô hình, quy trình ...": one model's parts
        for a, b in parts:
            part = norm[a:b]
            lo = a + len(part) - len(part.lstrip())
            hi = a + len(part.rstrip(" ,.…"))
            if hi <= lo:
                continue
            if QUOTE_CHARS_RE.search(norm, lo, hi):
                whole = QUOTED_ITEM_RE.fullmatch(norm, lo, hi)  # '...; camera an ninh; "Người cha trách nhiệm"; ...'
                if whole:
                    out.append(whole.span(1))
                continue
            if not norm[lo].isalpha():
                continue
            if PROHIBITION_RE.match(norm, lo, hi) or PLACE_ITEM_RE.match(norm, lo, hi):
                continue
            if CONNECTIVE_RE.match(norm, lo, hi) or SAID_START_RE.match(norm, lo, hi):
                break  # "...; đồng thời tạm giữ nhiều tang vật", "..., góp phần ...": the sentence goes on
            lo, hi = _item_name(norm, lo, hi)
            # the name's words, not where it is; a club's or a team's name is long ("Câu lạc bộ về chống bạo lực gia
            # đình và xâm hại trẻ em")
            if len(norm[lo:hi].split()) <= (_MAX_LIST_WORDS if ITEM_HEAD_RE.match(norm, lo) else most):
                out.append((lo, hi))
            elif sep == ",":
                break  # '“A”, “B”, thành lập Ban chỉ đạo ... về cấm buôn bán, vận chuyển ...': the sentence went on
    return out


# the number that counts the models a list's trigger at the end names ("Xã xây dựng 3 mô hình")
COUNT_BEFORE_RE = re.compile(_COUNT + "$")


def _count(m: re.Match[str]) -> int:
    """The number a match of _COUNT's group ``n`` says, in digits or in words."""
    return int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"]]


def _counted_last_pair(norm: str, trigger: int, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comma list's ``parts`` with its last part parted at its one "và" when the number before the trigger at
    ``trigger`` counts one item more than the commas part ("3 mô hình gồm: Tổ tự quản về ANTT, Camera an ninh và Đèn
    đường": three names)."""
    count = COUNT_BEFORE_RE.search(norm, max(0, trigger - 12), trigger)
    if count is None or _count(count) != len(parts) + 1:
        return parts
    last_lo, last_hi = parts[-1]
    joins = list(LAST_AND_RE.finditer(norm, last_lo, last_hi))
    if len(joins) != 1 or re.match(_AND_PAIR, norm[joins[0].start():joins[0].start() + 40]):
        return parts  # ("... phòng cháy và chữa cháy": a pair one name holds)
    return parts[:-1] + [(last_lo, joins[0].start()), (joins[0].end(), last_hi)]


def _counted_list_items(doc: Prepared, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list with no colon whose count a number of models before it gives ("3 mô hình hoạt động thường
    xuyên gồm camera an ninh, tiếng loa an ninh và mô hình tái hòa nhập cộng đồng"): commas, then "và" before the
    last, part exactly that many items (no quote, no semicolon; a list read otherwise, ``items``, is not read again)."""
    norm, out = doc.text, []
    for m in COUNTED_LIST_RE.finditer(norm):
        count = _count(m)
        if not 2 <= count <= _MAX_COUNTED_ITEMS or doc.sentences[doc.sentence_at(m.start())].boilerplate \
                or ECONOMY_RE.search(norm, m.start("cue"), m.end()) or _movement_list(norm, m.start(), m.end()):
            continue
        stop = LIST_END_RE.search(norm, m.end(), min(len(norm), m.end() + _MAX_LIST_CHARS))
        end = stop.start() if stop else min(len(norm), m.end() + _MAX_LIST_CHARS)
        k = bisect_left(items, (m.end(), -1))  # (``items`` is sorted)
        if QUOTE_CHARS_RE.search(norm, m.end(), end) or ";" in norm[m.end():end] \
                or k < len(items) and items[k][0] < end:
            continue
        parts = _parts(norm, m.end(), end, ITEM_COMMA_RE)
        last_lo, last_hi = parts[-1]
        joins = list(LAST_AND_RE.finditer(norm, last_lo, last_hi))
        if len(joins) != 1:
            continue  # the last two items are joined by one "và"
        parts[-1:] = [(last_lo, joins[0].start()), (joins[0].end(), last_hi)]
        if len(parts) != count or LIVELIHOOD_ITEM_RE.match(norm[slice(*parts[0])].lstrip()):
            continue
        spans = []
        for a, b in parts:
            part = norm[a:b]
            lo = a + len(part) - len(part.lstrip())
            hi = a + len(part.rstrip(" ,.…"))
            if hi <= lo or not norm[lo].isalpha() or len(norm[lo:hi].split()) > _MAX_COMMA_ITEM_WORDS:
                break
            spans.append(_item_name(norm, lo, hi))
        else:
            out.extend(spans)
    return out


def _short_items(norm: str, lo: int, hi: int) -> bool:
    """Whether commas part text[lo:hi] into two names at least: each of ``_MIN_SHORT_ITEM_WORDS`` to
    ``_MAX_SHORT_ITEM_WORDS`` words (not bare activities, "tuần tra, canh gác"), none going on with what the
    sentence says of it ("..., góp phần ...", "... đều được duy trì")."""
    parts = _parts(norm, lo, hi, ITEM_COMMA_RE)
    return len(parts) >= 2 and all(_MIN_SHORT_ITEM_WORDS <= len(norm[a:b].split()) <= _MAX_SHORT_ITEM_WORDS
                                   and not ITEM_PREDICATE_RE.search(norm, a, b) for a, b in parts)


def _colon_or(norm: str, lo: int, hi: int) -> int:
    """Where the next colon in [lo, hi) is, else ``hi``: a list of names ends where a colon opens another."""
    colon = norm.find(":", lo, hi)
    return hi if colon < 0 else colon


def _capital_run_end(norm: str, lo: int, hi: int) -> int | None:
    """Where the run of capitalised names that a comma list after "như"/"gồm" opens with ends in [lo, hi) (the list
    may go on with the rest of its sentence: ", góp phần ..."), or None when no two names open it (or a quote)."""
    if QUOTE_CHARS_RE.search(norm, lo, hi):
        return None
    parts = _parts(norm, lo, hi, ITEM_COMMA_RE)
    k = next((k for k, (a, _) in enumerate(parts) if not CAPITAL_ITEM_RE.match(norm, a)
              or EXCLUDED_UNQUOTED_RE.match(norm[a:].lstrip())), len(parts))
    return parts[k - 1][1] if k >= 2 else None


def _item_name(norm: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of the name an unquoted list item [lo, hi) gives: without a leading cue or "các", where the model
    is and what the sentence goes on to say of it."""
    owner = OWNER_MODEL_RE.search(norm, lo, hi)  # "...: Chi hội Phụ nữ thôn A với mô hình Tổ phụ nữ tự quản; ...":
    lo = owner.end() if owner and owner.end() < hi else lo  # the model, not who runs it
    lead = LEADING_TRIGGER_RE.match(norm, lo, hi)  # "...: mô hình họ Bùi tự quản; mô hình ...": the name
    lo = lead.end() if lead and lead.end() < hi else lo
    joined = AND_GROUPS_RE.search(norm, lo, hi)  # "..., tổ hòa giải cơ sở và các nhóm nòng cốt ...": the name
    hi = joined.start() if joined and joined.start() > lo else hi  # before the groups joined to it
    plural = PLURAL_LEAD_RE.match(norm, lo, hi)  # "các cụm An ninh liên hoàn": the name without "các"
    lo = plural.end() if plural and plural.end() < hi else lo
    where = ITEM_PLACE_RE.search(norm, lo, hi)  # "... tại 02 thôn vùng cao Đông Đăm": where it is, not its name
    if where and where.start() > lo and not _place_inside(norm, lo, hi):
        hi = where.start()
    elif NUMBERED_NAME_RE.match(norm, lo, hi) and (where := ANY_PLACE_RE.search(norm, lo, hi)):
        hi = where.start()  # "5 không 3 có tại cơ quan doanh nghiệp, cơ sở giáo dục": a counted formula names it whole
    said = ITEM_PREDICATE_RE.search(norm, lo, hi)  # "...; mô hình Hộ an toàn hoạt động có hiệu quả": the name
    hi = said.start() if said and said.start() > lo else hi
    return lo, hi


# "mô hình thắp sáng đèn đường, ngõ hẻm", "mô hình đảm bảo an ninh trật tự tại trường học": a name in lower case
# opened by the verb of what the community does (or secures, with its field) right after "mô hình" (or "mô hình
# điểm"); read word by word by ``_verb_name``
VERB_NAME_RE = re.compile(
    r"[mM]" + AFTER_NON_LETTER + r"(?i:ô[ \t]+hình)(?:[ \t]+điểm)?[ \t]+(?:(?P<action>" + phrase_pattern(_TRIGGERS["action"])
    + r")|(?P<purpose>" + phrase_pattern(_TRIGGERS["purpose"]) + r")[ \t]+(?P<field>"
    + phrase_pattern(_TRIGGERS["field"]) + r"))(?![^\W\d_])")
NOT_ACTION_RE = re.compile(phrase_pattern(_TRIGGERS["not_action"]) + r"(?![^\W\d_])")
_VERB_WORD_RE = re.compile(r"[ \t]+([^\W_]+)")
VERB_STOP_RE = re.compile(r"(?:" + phrase_pattern(_TRIGGERS["verb_stop"] + _TRIGGERS["said"]) + r"|(?:năm|ngày|tháng)"
                          r"[ \t]+\d)(?![^\W\d_])")
# "tại các thôn", "trên địa bàn", "ở 5 tổ dân phố", "tại xã A": where a verb-led name runs (not "tại trường học")
VERB_WHERE_RE = re.compile(r"(?:tại|ở|trên)[ \t]+(?:" + phrase_pattern(_TRIGGERS["scope"]) + r"(?![^\W\d_])|\d|"
                           + _UNIT_WORD + rf"(?![^\W\d_])|[{UPPER}])")
_MAX_VERB_NAME_WORDS = 12  # a verb-led name longer than this runs into its clause
_MAX_TAIL_WORDS = 3  # "thắp sáng đèn đường, ngõ hẻm": a second object after a comma, closing the clause
COMMA_TAIL_RE = re.compile(r",(?:[ \t]+[^\W\d_]+){1," + str(_MAX_TAIL_WORDS) + r"}(?=[ \t]*(?:[.;\n…]|$))")


def _verb_name(norm: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the verb-led name VERB_NAME_RE matched (see there): its words up to a stop word, a place ("tại
    các thôn"), a date or a punctuation mark ("giữa A và B" and a pair's "và" hold it together; a comma only the
    halves of a pair, or a short second object that ends the clause after an action); None when the name says no
    more than its verb (and field), or runs on too long."""
    lo = m.start("action") if m["action"] else m.start("purpose")
    if m["action"] and NOT_ACTION_RE.match(norm, lo):
        return None
    end = m.end()
    words, between = 0, False
    while True:
        nxt = _VERB_WORD_RE.match(norm, end)
        if nxt is None:
            tail = COMMA_TAIL_RE.match(norm, end) if m["action"] and words else None
            if tail and not NEXT_NAME_RE.match(norm, end):
                end = tail.end()
            break
        word_at = nxt.start(1)
        if VERB_STOP_RE.match(norm, word_at) and not (
                between and norm.startswith("và", word_at)) and not re.match(_AND_PAIR, norm[end:end + 40]):
            break
        if VERB_WHERE_RE.match(norm, word_at):
            break
        between = between or nxt.group(1) == "giữa"
        end = nxt.end()
        words += 1
        if words > _MAX_VERB_NAME_WORDS:
            return None
    if words < (2 if m["action"] else 1) or _class_heading(norm, m.start(), end):
        return None
    return lo, end


# "8 mô hình bảo đảm ANTT hiệu quả như: ...", "các mô hình phòng chống tội phạm gồm ...": what counted models are or
# do, heading the list of their names, names none of them
LIST_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?:như|gồm|bao[ \t]+gồm)(?![^\W\d_])")


def _class_heading(norm: str, cue: int, end: int) -> bool:
    """Whether the unquoted name ending at ``end`` after the model cue at ``cue`` describes the several models a list
    after it names (a number or a plural word before the cue, "như"/"gồm" after the name)."""
    return LIST_AFTER_RE.match(norm, end) is not None and (
        PLURAL_BEFORE_RE.search(norm, max(0, cue - 12), cue) is not None
        or COUNT_BEFORE_RE.search(norm, max(0, cue - 12), cue) is not None)


def _without_place(norm: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of an unquoted name [lo, hi) without the place written after it ("mô hình camera an ninh phường Tân
    Lập", "... (thành phố Pleiku)"): a kind of model is the same wherever it runs.  A team's, a club's or a clan's
    name keeps its place ("Tổ tự quản về ANTT thôn Lũng Lừ A" is that village's team), as does a name too short
    to stand without it ("Nông hội làng Vẻh") or one that goes on after the place (``_place_inside``)."""
    where = ITEM_PLACE_RE.search(norm, lo, hi)
    if where and where.start() > lo and not _place_inside(norm, lo, hi) and not OWN_TEAM_RE.match(norm, lo) \
            and len(norm[lo:where.start()].split()) >= _MIN_KIND_WORDS:
        return lo, where.start()
    return lo, hi


def _place_inside(norm: str, lo: int, hi: int) -> bool:
    """Whether the item [lo, hi) goes on after the place in it ("Phát huy vai trò của đồng bào ... ở xã Tân Mỹ tham gia
    giữ gìn an ninh trật tự": the place is inside the name): places end in a proper name, a number or a unit word,
    so an item that ends in another word in lower case does not end with its place."""
    words = norm[lo:hi].split()
    last = words[-1]
    # ("... ở 20 xã thị trấn": a unit word of two syllables ends the place too)
    return last[:1].islower() and last.isalpha() and UNIT_WORD_RE.fullmatch(last) is None \
        and UNIT_WORD_RE.fullmatch(" ".join(words[-2:])) is None


def _called_subjects(doc: Prepared) -> list[tuple[int, int]]:
    """Unquoted names a clause calls models after them: its items parted by semicolons ("Tổ phụ nữ không có ma
    túy; tổ xây dựng gia đình 5 không 3 sạch; câu lạc bộ ...… là những mô hình ...", up to an item a connective
    or a said word opens: "...; đặc biệt là CLB ..." goes on with the sentence), or one name opened by a
    team's or a club's word ("Câu lạc bộ Phòng, chống tội phạm (CLB PCTP) ở Bình Dương là mô hình tiêu biểu")."""
    norm, out = doc.text, []
    for m in CALLED_SUBJECT_RE.finditer(norm):
        opener = CLAUSE_START_RE.search(norm, max(0, m.start() - _MAX_LIST_CHARS // 4), m.start())
        lo = opener.end() if opener else None
        if lo is None or doc.sentences[doc.sentence_at(lo)].boilerplate:
            continue
        lo += len(norm[lo:m.start()]) - len(norm[lo:m.start()].lstrip())
        if lo >= m.start() or QUOTE_CHARS_RE.search(norm, lo, m.start()):
            continue
        if ";" in norm[lo:m.start()]:
            parts = _parts(norm, lo, m.start(), SEMICOLON_ITEMS_RE)
        elif (team := TEAM_NAME_RE.match(norm, lo)) and norm[team.end():].startswith(" ") \
                and not POINTING_END_RE.search(norm, lo, m.start()):
            parts = [(lo, m.start())]  # (not "Tổ tự quản này là mô hình ...": a team pointed back to)
        else:
            continue
        for a, b in parts:
            part = norm[a:b]
            a += len(part) - len(part.lstrip())
            b = a + len(part.strip().rstrip(" ,.…"))
            if CONNECTIVE_RE.match(norm, a, b) or SAID_START_RE.match(norm, a, b) \
                    or CONNECTIVE_AFTER_COMMA_RE.search(norm, a, b):
                break  # "...; đặc biệt xây dựng được 22 CLB ..., đây là mô hình ...": the sentence goes on
                # ("...; chung tay phòng chống ma túy…, trong đó hiệu quả nhất là mô hình A": what it calls a model is A)
            if b > a and norm[a].isalpha() and len(norm[a:b].split()) <= _MAX_LIST_WORDS:
                a, b = _item_name(norm, a, b)
                tail = TRAILING_BRACKET_RE.search(norm, a, b)  # "Câu lạc bộ ... (CLB PCTP)": the name without it
                out.append((a, tail.start() if tail else b))
    return out


def _whole_quotes(text: str, lo: int, hi: int) -> bool:
    """Whether each quote in the comma list text[lo:hi] is one whole item ('như: camera an ninh, "trong nhà có mõ,
    ngoài ngõ có đèn", chi hội ...'), not a quote inside an item or a speech."""
    return all(not QUOTE_CHARS_RE.search(text, a, b) or QUOTED_ITEM_RE.fullmatch(text[a:b].strip(" ,.…"))
               for a, b in _parts(text, lo, hi, QUOTED_ITEM_COMMA_RE))


def _parts(text: str, lo: int, hi: int, separator: re.Pattern[str], most: int = 0) -> list[tuple[int, int]]:
    """The spans of text[lo:hi] between the separator's matches (a match of its group "quoted" parts nothing); with
    ``most``, no more than that many before the rest."""
    out, start = [], lo
    for m in separator.finditer(text, lo, hi):
        if "quoted" in separator.groupindex and m["quoted"]:
            continue
        out.append((start, m.start()))
        start = m.end()
        if len(out) == most:
            break
    out.append((start, hi))
    return out


def _dedupe(found: list[ModelMention]) -> list[ModelMention]:
    """Each name once as written (case, tone style and spacing aside: the schema's "each distinct name once"; an
    article's two spellings of a model, 'an ninh – Bình yên' and 'an ninh - Bình yên', are both kept and share
    their key), at its first mention; a name written in capitals (a headline) gives way to a later mention of the
    same name written normally."""
    chosen: dict[str, int] = {}
    for i, mention in enumerate(found):
        if not mention.key:
            continue
        written = " ".join(normalize_tone(mention.name).casefold().split())
        j = chosen.get(written)
        if j is None or found[j].name.isupper() and not mention.name.isupper():
            chosen[written] = i
    return [found[i] for i in sorted(chosen.values())]
