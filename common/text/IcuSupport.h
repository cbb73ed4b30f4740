// Internal to common/text: QString <-> ICU bridging and per-thread ICU objects.
#pragma once

#include <QString>
#include <QStringView>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace cordial::text::detail {

// Both sides are UTF-16: no conversion, at most one copy.

// A read-only ICU alias of `s`'s buffer; valid only while `s` is alive and unmodified.
inline icu::UnicodeString icuAlias(QStringView s)
{
    return icu::UnicodeString(false, reinterpret_cast<const char16_t *>(s.utf16()), int32_t(s.size()));
}

inline QString fromIcu(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

// The transliterators of the calling thread, created on first use. Never share them.
icu::Transliterator &traditionalToSimplified();
icu::Transliterator &hanToLatin();

// Han script (ideographs, 〇, 々), cheap for the common non-CJK case.
inline bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN;
}

// A Han character that stands for a word (not a radical or stroke symbol).
inline bool isHanIdeograph(char32_t c)
{
    if (!isHan(c))
        return false;
    const int8_t type = u_charType(UChar32(c));
    return type == U_OTHER_LETTER || type == U_LETTER_NUMBER || type == U_MODIFIER_LETTER;
}

inline bool isWordChar(char32_t c)
{
    return u_isalnum(UChar32(c));
}

inline bool isMark(char32_t c)
{
    return (U_GET_GC_MASK(UChar32(c)) & U_GC_M_MASK) != 0;
}

// The code point at `i` in `s` and its length in UTF-16 units (1 or 2).
inline char32_t codePointAt(QStringView s, qsizetype i, qsizetype *length)
{
    const char16_t high = s[i].unicode();
    if (QChar::isHighSurrogate(high) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(high, s[i + 1].unicode());
    }
    *length = 1;
    return high;
}

} // namespace cordial::text::detail
