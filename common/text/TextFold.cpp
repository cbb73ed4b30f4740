#include "text/TextFold.h"

#include "text/IcuSupport.h"

#include <unicode/normalizer2.h>

#include <memory>
#include <stdexcept>

namespace cordial::text {

namespace detail {

namespace {

std::unique_ptr<icu::Transliterator> createTransliterator(const char16_t *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        throw std::runtime_error(std::string("ICU transliterator unavailable: ") + u_errorName(status));
    return t;
}

} // namespace

icu::Transliterator &traditionalToSimplified()
{
    thread_local std::unique_ptr<icu::Transliterator> t = createTransliterator(u"Traditional-Simplified");
    return *t;
}

icu::Transliterator &hanToLatin()
{
    thread_local std::unique_ptr<icu::Transliterator> t = createTransliterator(u"Han-Latin");
    return *t;
}

} // namespace detail

using namespace detail;

namespace {

const icu::Normalizer2 &nfkcCasefold()
{
    static const icu::Normalizer2 *n = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status) || !instance)
            throw std::runtime_error("ICU NFKC_Casefold normaliser unavailable");
        return instance;
    }();
    return *n;
}

const icu::Normalizer2 &nfkc()
{
    static const icu::Normalizer2 *n = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *instance = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status) || !instance)
            throw std::runtime_error("ICU NFKC normaliser unavailable");
        return instance;
    }();
    return *n;
}

bool isAscii(QStringView s)
{
    for (QChar ch : s) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Whether the traditional -> simplified pass can change anything: only CJK characters (and
// surrogates, for the supplementary ideograph planes) are touched by it.
bool mayContainHan(const icu::UnicodeString &u)
{
    const char16_t *p = u.getBuffer();
    for (int32_t i = 0, n = u.length(); i < n; ++i) {
        if (p[i] >= 0x2E80)
            return true;
    }
    return false;
}

// Collapses runs of whitespace to one space and trims, in place.
QString collapseWhitespace(QString s)
{
    QChar *out = s.data();
    const QChar *in = out;
    const QChar *end = in + s.size();
    QChar *start = out;
    bool pendingSpace = false;
    for (; in != end; ++in) {
        if (in->isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && out != start)
            *out++ = u' ';
        pendingSpace = false;
        *out++ = *in;
    }
    s.truncate(out - start);
    return s;
}

bool isMobileSeparator(char32_t c)
{
    switch (c) {
    case u'-': case u'.': case u'(': case u')':
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D: // small em dash, small hyphen-minus, full-width hyphen-minus
    case 0xFF0E: case 0xFF08: case 0xFF09: // full-width full stop and parentheses
    case 0x00B7: case 0x30FB:              // middle dots
        return true;
    default:
        return false;
    }
}

bool isLocalPartAscii(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!': case u'#': case u'$': case u'%': case u'&': case u'\'': case u'*': case u'+':
    case u'/': case u'=': case u'?': case u'^': case u'_': case u'`': case u'{': case u'|':
    case u'}': case u'~': case u'-': case u'.':
        return true;
    default:
        return false;
    }
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.')
        return false;
    char16_t previous = 0;
    for (qsizetype i = 0, len = 0; i < local.size(); i += len) {
        const char32_t c = codePointAt(local, i, &len);
        if (c < 0x80) {
            if (!isLocalPartAscii(char16_t(c)) || (c == u'.' && previous == u'.'))
                return false;
            previous = char16_t(c);
        } else {
            if (!u_isalnum(UChar32(c)) && !isMark(c))
                return false;
            previous = 0;
        }
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    int labels = 0;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != u'.')
            continue;
        const QStringView label = domain.sliced(labelStart, i - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        bool allDigits = true;
        for (qsizetype j = 0, len = 0; j < label.size(); j += len) {
            const char32_t c = codePointAt(label, j, &len);
            if (c < 0x80) {
                const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                    || (c >= u'0' && c <= u'9') || c == u'-';
                if (!ok)
                    return false;
                allDigits = allDigits && c >= u'0' && c <= u'9';
            } else {
                if (!u_isalnum(UChar32(c)) && !isMark(c))
                    return false;
                allDigits = false;
            }
        }
        ++labels;
        labelStart = i + 1;
        if (i == domain.size() && (allDigits || label.size() < 2))
            return false; // the top-level label
    }
    return labels >= 2;
}

} // namespace

QString fold(const QString &text)
{
    if (text.isEmpty())
        return QString();
    if (isAscii(text))
        return collapseWhitespace(text.toLower());

    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded;
    nfkcCasefold().normalize(icuAlias(text), folded, status);
    if (U_FAILURE(status))
        return collapseWhitespace(text.toCaseFolded());
    if (mayContainHan(folded))
        traditionalToSimplified().transliterate(folded);
    return collapseWhitespace(fromIcu(folded));
}

QString digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0, len = 0; i < text.size(); i += len) {
        const char32_t c = codePointAt(text, i, &len);
        if (c >= u'0' && c <= u'9')
            out.append(QChar(char16_t(c)));
        else if (c >= 0x80 && QChar::isDigit(c))
            out.append(QChar(char16_t(u'0' + QChar::digitValue(c))));
    }
    return out;
}

QString normalizeMobile(const QString &text)
{
    QString d;
    d.reserve(16);
    bool plus = false;
    for (qsizetype i = 0, len = 0; i < text.size(); i += len) {
        const char32_t c = codePointAt(text, i, &len);
        if (c >= u'0' && c <= u'9') {
            d.append(QChar(char16_t(c)));
        } else if (c >= 0x80 && QChar::isDigit(c)) {
            d.append(QChar(char16_t(u'0' + QChar::digitValue(c))));
        } else if (QChar::isSpace(c) || isMobileSeparator(c)) {
            continue;
        } else if ((c == u'+' || c == 0xFF0B) && !plus && d.isEmpty()) {
            plus = true;
        } else {
            return QString();
        }
        if (d.size() > 15)
            return QString();
    }
    if (plus) {
        if (d.size() != 13 || !d.startsWith(u"86"))
            return QString();
        d.remove(0, 2);
    } else if (d.size() == 15 && d.startsWith(u"0086")) {
        d.remove(0, 4);
    } else if (d.size() == 13 && d.startsWith(u"86")) {
        d.remove(0, 2);
    }
    if (d.size() != 11 || d[0] != u'1' || d[1] < u'3' || d[1] > u'9')
        return QString();
    return d;
}

bool isValidEmail(const QString &text)
{
    if (text.size() < 3 || text.size() > 254)
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at < 0 || text.indexOf(u'@', at + 1) >= 0)
        return false;
    if (!isAscii(text)) {
        UErrorCode status = U_ZERO_ERROR;
        if (!nfkc().isNormalized(icuAlias(text), status) || U_FAILURE(status))
            return false; // full-width letters, compatibility forms
    }
    const QStringView view(text);
    return isValidLocalPart(view.first(at)) && isValidDomain(view.sliced(at + 1));
}

QStringList searchTokens(const QString &text)
{
    const QString folded = fold(text);
    QStringList tokens;
    qsizetype runStart = -1;
    for (qsizetype i = 0, len = 0; i < folded.size(); i += len) {
        const char32_t c = codePointAt(folded, i, &len);
        if (isHanIdeograph(c)) {
            if (runStart >= 0)
                tokens.append(folded.sliced(runStart, i - runStart));
            runStart = -1;
            tokens.append(folded.sliced(i, len));
        } else if (isWordChar(c) || (runStart >= 0 && isMark(c))) {
            if (runStart < 0)
                runStart = i;
        } else if (runStart >= 0) {
            tokens.append(folded.sliced(runStart, i - runStart));
            runStart = -1;
        }
    }
    if (runStart >= 0)
        tokens.append(folded.sliced(runStart));
    return tokens;
}

} // namespace cordial::text
