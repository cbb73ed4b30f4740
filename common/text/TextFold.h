// Text folding, pinyin, phone and e-mail normalisation for search and validation.
//
// Everything here is thread-safe: ICU transliterators and the pinyin cache are kept one per
// thread (created lazily on a thread's first call), nothing is shared mutably between threads.
// The first call in a process pays ~130 ms for ICU to compile its Han-Latin rules; later
// threads create their instances in well under a millisecond.
#pragma once

#include <QString>
#include <QStringList>

namespace cordial::text {

// Search folding: NFKC with Unicode case folding (full-width ＡＢＣ１２３ and full-width
// punctuation become half-width, upper case becomes lower case, default-ignorable characters
// such as zero-width spaces are removed), traditional -> simplified Chinese (ICU
// "Traditional-Simplified"), whitespace runs collapsed to one ASCII space, trimmed.
// fold("  ＡＢＣ　張三 ") == "abc 张三". Idempotent: fold(fold(x)) == fold(x).
QString fold(const QString &text);

// Pinyin of a text, computed on fold(text).
//   full      toneless lowercase pinyin syllables concatenated without separators ("zhangsan")
//   initials  first letter of each Han syllable ("zs")
//   syllables the syllables in order ({"zhang", "san"})
// Every Han character yields exactly one syllable, so initials line up with the characters.
// ü is written "v" as Chinese input methods do (吕 -> "lv", 女 -> "nv"). A Han character ICU
// has no reading for is kept as itself (syllable and initial); 々 repeats the previous syllable.
// Runs of letters and digits of other scripts are kept whole, folded (Latin lowercased): each
// run is one element of `syllables` and is appended whole to both `full` and `initials`
// ("TCL集团" -> full "tcljituan", initials "tcljt", syllables {"tcl","ji","tuan"}). Spaces and
// punctuation are dropped from all three.
// Readings are ICU Han-Latin's per character, with a few corrections (地 di, 长 chang, 似 si,
// 晟 sheng, 靓 liang) and a small table of words whose reading differs from the characters'
// defaults (重庆 chongqing, 银行 yinhang, 厦门 xiamen, 成都 chengdu, 会计 kuaiji, ...).
struct Pinyin
{
    QString full;
    QString initials;
    QStringList syllables;

    friend bool operator==(const Pinyin &, const Pinyin &) = default;
};
Pinyin pinyin(const QString &text);

// Pinyin of a person's name: like pinyin(), but a leading surname is read as a surname:
// compound surnames (欧阳 ouyang, 尉迟 yuchi, 万俟 moqi, 单于 chanyu, 长孙 zhangsun, 澹台 tantai,
// 爱新觉罗 aixinjueluo, ...) are matched first, longest first, then single surnames with a
// special surname reading (曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou, 朴 piao, 查 zha, ...).
// Works on traditional input too (the name is folded first: 單 -> 单 -> shan).
Pinyin personNamePinyin(const QString &name);

// Only the decimal digits of a text, as ASCII; digits of other scripts (full-width １２３)
// are folded to ASCII. digits("(010) 8888-1234") == "01088881234".
QString digits(const QString &text);

// A Chinese mobile number in canonical 11-digit form, or an empty string if it is not one.
// Accepts spaces, dashes, dots, parentheses (half- or full-width), full-width digits and the
// prefixes +86, 0086 and 86; any other character (letters, slashes, ...) makes it invalid.
// The remaining 11 digits must match 1[3-9]\d{9}. normalizeMobile("+86 138-0013-8000") ==
// "13800138000".
QString normalizeMobile(const QString &text);

// A practical e-mail check: exactly one @; a local part of 1..64 characters made of letters,
// digits and !#$%&'*+/=?^_`{|}~.- (no leading, trailing or doubled dot); a domain of at most
// 253 characters with at least one dot, labels of 1..63 letters, digits or hyphens (not at a
// label's ends; Unicode IDN labels allowed) and a top-level label that is not all digits; no
// whitespace; at most 254 characters in all. Non-ASCII letters are allowed (RFC 6531) but the
// address must be NFKC-normalised, so full-width "ａｂｃ@qq.com" is rejected.
bool isValidEmail(const QString &text);

// Tokens for a word-based full-text index (SQLite FTS5 unicode61, PostgreSQL arrays): fold(text)
// with every Han ideograph made its own token and other runs of letters/digits (combining marks
// included) split on everything else. Order is kept and duplicates are not removed.
// searchTokens("華為 Mate60-Pro") == {"华", "为", "mate60", "pro"}.
QStringList searchTokens(const QString &text);

} // namespace cordial::text
