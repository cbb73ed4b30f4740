// pinyin() and personNamePinyin(): per-character readings from ICU Han-Latin, cached per
// thread, corrected by a few tables. All tables hold simplified characters: input is folded
// (traditional -> simplified) before it is looked up.
#include "text/TextFold.h"

#include "text/IcuSupport.h"

#include <QHash>

#include <unicode/normalizer2.h>

#include <algorithm>

namespace cordial::text {

using namespace detail;

namespace {

struct Reading
{
    const char16_t *text;
    const char *pinyin; // syllables separated by spaces
};

// Characters whose ICU default reading is the rare one for the names, companies and addresses
// a CRM holds (ICU: 地 de, 长 zhang, 似 shi, 晟 cheng, 靓 jing).
constexpr Reading kCharacterReadings[] = {
    {u"地", "di"}, {u"长", "chang"}, {u"似", "si"}, {u"晟", "sheng"}, {u"靓", "liang"},
};

// Words whose reading differs from their characters' defaults. Includes ICU Han-Latin's own
// context rules (重庆, 藏文, 沈阳, 秘鲁), which a per-character lookup would otherwise lose.
constexpr Reading kWordReadings[] = {
    // Places.
    {u"重庆", "chong qing"}, {u"西藏", "xi zang"}, {u"藏族", "zang zu"}, {u"藏文", "zang wen"},
    {u"藏语", "zang yu"}, {u"沈阳", "shen yang"}, {u"秘鲁", "bi lu"}, {u"厦门", "xia men"},
    {u"成都", "cheng du"}, {u"首都", "shou du"}, {u"都市", "du shi"}, {u"都会", "du hui"},
    {u"京都", "jing du"}, {u"都江堰", "du jiang yan"}, {u"蚌埠", "beng bu"}, {u"六安", "lu an"},
    {u"番禺", "pan yu"}, {u"闵行", "min hang"}, {u"乐清", "yue qing"}, {u"乐亭", "lao ting"},
    {u"东阿", "dong e"}, {u"莘庄", "xin zhuang"}, {u"铅山", "yan shan"}, {u"洪洞", "hong tong"},
    {u"蔚县", "yu xian"}, {u"尉氏", "yu shi"}, {u"单县", "shan xian"}, {u"荥阳", "xing yang"},
    {u"牟平", "mu ping"}, {u"大厦", "da sha"},
    // Banks and trades: 行 hang.
    {u"银行", "yin hang"}, {u"行业", "hang ye"}, {u"分行", "fen hang"}, {u"支行", "zhi hang"},
    {u"总行", "zong hang"}, {u"商行", "shang hang"}, {u"车行", "che hang"}, {u"琴行", "qin hang"},
    {u"投行", "tou hang"}, {u"央行", "yang hang"}, {u"同行", "tong hang"},
    {u"行情", "hang qing"}, {u"排行", "pai hang"}, {u"外行", "wai hang"}, {u"内行", "nei hang"},
    {u"中行", "zhong hang"}, {u"工行", "gong hang"}, {u"建行", "jian hang"}, {u"农行", "nong hang"},
    {u"交行", "jiao hang"}, {u"招行", "zhao hang"}, {u"行长", "hang zhang"},
    // 长 zhang (the default here is chang).
    {u"董事长", "dong shi zhang"}, {u"理事长", "li shi zhang"}, {u"校长", "xiao zhang"},
    {u"部长", "bu zhang"}, {u"局长", "ju zhang"}, {u"厂长", "chang zhang"}, {u"市长", "shi zhang"},
    {u"省长", "sheng zhang"}, {u"县长", "xian zhang"}, {u"镇长", "zhen zhang"}, {u"村长", "cun zhang"},
    {u"院长", "yuan zhang"}, {u"会长", "hui zhang"}, {u"社长", "she zhang"}, {u"所长", "suo zhang"},
    {u"科长", "ke zhang"}, {u"处长", "chu zhang"}, {u"班长", "ban zhang"}, {u"家长", "jia zhang"},
    {u"组长", "zu zhang"}, {u"队长", "dui zhang"}, {u"船长", "chuan zhang"}, {u"团长", "tuan zhang"},
    {u"首长", "shou zhang"}, {u"成长", "cheng zhang"}, {u"增长", "zeng zhang"},
    {u"生长", "sheng zhang"}, {u"长大", "zhang da"}, {u"长老", "zhang lao"}, {u"长子", "zhang zi"},
    {u"长孙", "zhang sun"}, {u"秘书长", "mi shu zhang"},
    // 重 chong.
    {u"重新", "chong xin"}, {u"重复", "chong fu"}, {u"重组", "chong zu"}, {u"重建", "chong jian"},
    {u"重阳", "chong yang"}, {u"重生", "chong sheng"},
    // Other common words.
    {u"会计", "kuai ji"}, {u"会稽", "kuai ji"}, {u"音乐", "yin yue"}, {u"乐器", "yue qi"},
    {u"乐队", "yue dui"}, {u"乐团", "yue tuan"}, {u"空调", "kong tiao"}, {u"调整", "tiao zheng"},
    {u"协调", "xie tiao"}, {u"调解", "tiao jie"}, {u"宝藏", "bao zang"}, {u"还款", "huan kuan"},
    {u"偿还", "chang huan"}, {u"还原", "huan yuan"}, {u"供给", "gong ji"}, {u"给予", "ji yu"},
    {u"的士", "di shi"}, {u"的确", "di que"}, {u"目的", "mu di"}, {u"出差", "chu chai"},
    {u"薄荷", "bo he"}, {u"牛仔", "niu zai"}, {u"公仔", "gong zai"}, {u"了解", "liao jie"},
};

// Single surnames whose reading as a surname differs from the character's usual one, or that
// are commonly mis-read. Several agree with ICU's default and are listed so that a change of
// ICU data cannot change them.
constexpr Reading kSurnames[] = {
    {u"曾", "zeng"}, {u"单", "shan"}, {u"解", "xie"}, {u"仇", "qiu"}, {u"区", "ou"},
    {u"朴", "piao"}, {u"查", "zha"}, {u"盖", "ge"}, {u"乐", "yue"}, {u"缪", "miao"},
    {u"覃", "qin"}, {u"翟", "zhai"}, {u"召", "shao"}, {u"种", "chong"}, {u"员", "yun"},
    {u"秘", "bi"}, {u"句", "gou"}, {u"繁", "po"}, {u"尉", "yu"}, {u"宿", "su"},
    {u"黑", "he"}, {u"过", "guo"}, {u"阚", "kan"}, {u"能", "nai"}, {u"眭", "sui"},
    {u"沈", "shen"}, {u"重", "chong"}, {u"长", "chang"}, {u"藏", "zang"}, {u"牟", "mou"},
    {u"纪", "ji"}, {u"任", "ren"}, {u"华", "hua"}, {u"石", "shi"}, {u"乜", "nie"},
    {u"隗", "wei"}, {u"卜", "bu"}, {u"刀", "diao"}, {u"粘", "nian"}, {u"折", "she"},
    {u"舍", "she"}, {u"燕", "yan"}, {u"葛", "ge"}, {u"干", "gan"}, {u"都", "du"},
    {u"褚", "chu"}, {u"薄", "bo"}, {u"蔚", "yu"}, {u"谌", "chen"}, {u"颉", "xie"},
    {u"隽", "juan"}, {u"祭", "zhai"}, {u"那", "na"}, {u"蕃", "pi"}, {u"郗", "xi"},
    {u"啜", "chuai"}, {u"番", "pan"}, {u"逢", "pang"}, {u"逄", "pang"}, {u"佴", "nai"},
    {u"宓", "mi"}, {u"贲", "ben"}, {u"角", "jue"}, {u"要", "yao"}, {u"令", "ling"},
    {u"莘", "shen"}, {u"洗", "xian"}, {u"冼", "xian"}, {u"便", "pian"}, {u"訾", "zi"},
    {u"厍", "she"}, {u"柏", "bai"}, {u"占", "zhan"}, {u"相", "xiang"}, {u"车", "che"},
    {u"曲", "qu"}, {u"应", "ying"}, {u"殷", "yin"}, {u"贾", "jia"}, {u"鲜", "xian"},
    {u"朝", "chao"}, {u"盛", "sheng"}, {u"叶", "ye"}, {u"吕", "lv"}, {u"亓", "qi"},
    {u"仉", "zhang"}, {u"麴", "qu"}, {u"阿", "a"}, {u"于", "yu"}, {u"万", "wan"},
};

// Compound surnames, matched longest first.
constexpr Reading kCompoundSurnames[] = {
    {u"欧阳", "ou yang"}, {u"太史", "tai shi"}, {u"端木", "duan mu"}, {u"上官", "shang guan"},
    {u"司马", "si ma"}, {u"东方", "dong fang"}, {u"独孤", "du gu"}, {u"南宫", "nan gong"},
    {u"万俟", "mo qi"}, {u"闻人", "wen ren"}, {u"夏侯", "xia hou"}, {u"诸葛", "zhu ge"},
    {u"尉迟", "yu chi"}, {u"公羊", "gong yang"}, {u"赫连", "he lian"}, {u"澹台", "tan tai"},
    {u"皇甫", "huang fu"}, {u"宗政", "zong zheng"}, {u"濮阳", "pu yang"}, {u"公冶", "gong ye"},
    {u"太叔", "tai shu"}, {u"申屠", "shen tu"}, {u"公孙", "gong sun"}, {u"慕容", "mu rong"},
    {u"仲孙", "zhong sun"}, {u"钟离", "zhong li"}, {u"长孙", "zhang sun"}, {u"宇文", "yu wen"},
    {u"司徒", "si tu"}, {u"鲜于", "xian yu"}, {u"司空", "si kong"}, {u"闾丘", "lv qiu"},
    {u"子车", "zi ju"}, {u"亓官", "qi guan"}, {u"司寇", "si kou"}, {u"巫马", "wu ma"},
    {u"公西", "gong xi"}, {u"颛孙", "zhuan sun"}, {u"壤驷", "rang si"}, {u"公良", "gong liang"},
    {u"漆雕", "qi diao"}, {u"乐正", "yue zheng"}, {u"宰父", "zai fu"}, {u"谷梁", "gu liang"},
    {u"拓跋", "tuo ba"}, {u"夹谷", "jia gu"}, {u"轩辕", "xuan yuan"}, {u"令狐", "ling hu"},
    {u"段干", "duan gan"}, {u"百里", "bai li"}, {u"呼延", "hu yan"}, {u"东郭", "dong guo"},
    {u"南门", "nan men"}, {u"羊舌", "yang she"}, {u"微生", "wei sheng"}, {u"梁丘", "liang qiu"},
    {u"左丘", "zuo qiu"}, {u"东门", "dong men"}, {u"西门", "xi men"}, {u"第五", "di wu"},
    {u"单于", "chan yu"}, {u"淳于", "chun yu"}, {u"褚师", "chu shi"}, {u"即墨", "ji mo"},
    {u"达奚", "da xi"}, {u"东宫", "dong gong"}, {u"完颜", "wan yan"}, {u"纳兰", "na lan"},
    {u"爱新觉罗", "ai xin jue luo"}, {u"叶赫那拉", "ye he na la"},
};

QStringList syllablesOf(const char *pinyin)
{
    return QString::fromLatin1(pinyin).split(u' ', Qt::SkipEmptyParts);
}

struct Word
{
    QString text;
    QStringList syllables;
};

// Words keyed by their first character, longest first.
using WordTable = QHash<char16_t, QList<Word>>;

template<std::size_t N>
WordTable makeWordTable(const Reading (&readings)[N])
{
    WordTable table;
    for (const Reading &r : readings) {
        Word word{QString::fromUtf16(r.text), syllablesOf(r.pinyin)};
        Q_ASSERT(word.text.size() == word.syllables.size());
        table[word.text.front().unicode()].append(std::move(word));
    }
    for (QList<Word> &bucket : table) {
        std::stable_sort(bucket.begin(), bucket.end(),
                         [](const Word &a, const Word &b) { return a.text.size() > b.text.size(); });
    }
    return table;
}

template<std::size_t N>
QHash<char32_t, QString> makeCharTable(const Reading (&readings)[N])
{
    QHash<char32_t, QString> table;
    for (const Reading &r : readings)
        table.insert(QString::fromUtf16(r.text).front().unicode(), QString::fromLatin1(r.pinyin));
    return table;
}

// Immutable after their thread-safe initialisation, so shared by all threads.
const WordTable &wordReadings()
{
    static const WordTable table = makeWordTable(kWordReadings);
    return table;
}

const WordTable &compoundSurnames()
{
    static const WordTable table = makeWordTable(kCompoundSurnames);
    return table;
}

const QHash<char32_t, QString> &characterReadings()
{
    static const QHash<char32_t, QString> table = makeCharTable(kCharacterReadings);
    return table;
}

const QHash<char32_t, QString> &surnames()
{
    static const QHash<char32_t, QString> table = makeCharTable(kSurnames);
    return table;
}

// ICU's reading of one character as toneless ASCII; ü becomes v. Empty when ICU has none.
QString icuReading(char32_t c)
{
    icu::UnicodeString latin(static_cast<UChar32>(c));
    hanToLatin().transliterate(latin);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status))
        nfd->normalize(latin, decomposed, status);
    if (U_FAILURE(status))
        return QString();
    QString out;
    for (int32_t i = 0; i < decomposed.length(); ++i) {
        const char16_t ch = decomposed.charAt(i);
        if (ch >= u'a' && ch <= u'z')
            out.append(QChar(ch));
        else if (ch >= u'A' && ch <= u'Z')
            out.append(QChar(char16_t(ch - u'A' + u'a')));
        else if (ch == 0x0308 && out.endsWith(u'u')) // combining diaeresis: ü -> v
            out.back() = u'v';
        // tone marks, spaces and anything else are dropped
    }
    return out;
}

// The reading of one Han character, cached per thread (ICU transliteration costs ~5 µs).
const QString &characterReading(char32_t c)
{
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    const auto fixed = characterReadings().constFind(c);
    return *cache.insert(c, fixed != characterReadings().constEnd() ? *fixed : icuReading(c));
}

// Collects syllables; one syllable per Han character, one per run of other letters/digits.
class Builder
{
public:
    explicit Builder(qsizetype capacity)
    {
        m_result.full.reserve(capacity * 4);
        m_result.initials.reserve(capacity);
        m_result.syllables.reserve(capacity);
    }

    void addSyllable(const QString &syllable)
    {
        m_result.full.append(syllable);
        // A kept Han character (no reading) is its own initial, surrogate pair included.
        m_result.initials.append(QStringView(syllable).first(syllable.front().isHighSurrogate() ? 2 : 1));
        m_result.syllables.append(syllable);
        m_lastHan = syllable;
    }

    void addRun(QStringView run)
    {
        m_result.full.append(run);
        m_result.initials.append(run);
        m_result.syllables.append(run.toString());
        m_lastHan.clear();
    }

    const QString &lastHanSyllable() const { return m_lastHan; }
    Pinyin take() { return std::move(m_result); }

private:
    Pinyin m_result;
    QString m_lastHan;
};

// Appends the pinyin of folded[from..] to `builder`.
void appendPinyin(QStringView folded, qsizetype from, Builder &builder)
{
    const WordTable &words = wordReadings();
    qsizetype runStart = -1;
    auto flushRun = [&](qsizetype end) {
        if (runStart >= 0)
            builder.addRun(folded.sliced(runStart, end - runStart));
        runStart = -1;
    };

    for (qsizetype i = from, len = 0; i < folded.size(); i += len) {
        const char32_t c = codePointAt(folded, i, &len);
        if (isHanIdeograph(c)) {
            flushRun(i);
            if (len == 1) {
                const auto bucket = words.constFind(char16_t(c));
                if (bucket != words.constEnd()) {
                    const QStringView rest = folded.sliced(i);
                    const auto match = std::find_if(bucket->cbegin(), bucket->cend(),
                                                    [&](const Word &w) { return rest.startsWith(w.text); });
                    if (match != bucket->cend()) {
                        for (const QString &syllable : match->syllables)
                            builder.addSyllable(syllable);
                        len = match->text.size();
                        continue;
                    }
                }
            }
            const QString &reading = characterReading(c);
            if (!reading.isEmpty())
                builder.addSyllable(reading);
            else if (c == 0x3005 && !builder.lastHanSyllable().isEmpty()) // 々 repeats
                builder.addSyllable(QString(builder.lastHanSyllable()));
            else
                builder.addSyllable(folded.sliced(i, len).toString());
        } else if (isWordChar(c) || (runStart >= 0 && isMark(c))) {
            if (runStart < 0)
                runStart = i;
        } else {
            flushRun(i);
        }
    }
    flushRun(folded.size());
}

} // namespace

Pinyin pinyin(const QString &text)
{
    const QString folded = fold(text);
    Builder builder(folded.size());
    appendPinyin(folded, 0, builder);
    return builder.take();
}

Pinyin personNamePinyin(const QString &name)
{
    const QString folded = fold(name);
    Builder builder(folded.size());
    qsizetype from = 0;
    if (!folded.isEmpty()) {
        const auto compound = compoundSurnames().constFind(folded.front().unicode());
        const QStringView view(folded);
        const Word *surname = nullptr;
        if (compound != compoundSurnames().constEnd()) {
            for (const Word &w : *compound) {
                if (view.startsWith(w.text)) {
                    surname = &w;
                    break;
                }
            }
        }
        if (surname) {
            for (const QString &syllable : surname->syllables)
                builder.addSyllable(syllable);
            from = surname->text.size();
        } else {
            const auto single = surnames().constFind(folded.front().unicode());
            if (single != surnames().constEnd()) {
                builder.addSyllable(*single);
                from = 1;
            }
        }
    }
    appendPinyin(folded, from, builder);
    return builder.take();
}

} // namespace cordial::text
