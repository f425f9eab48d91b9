#include "app/records/TextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUtf8StringView>
#include <vector>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
};

// Length of the valid UTF-8 sequence starting at p (1-4), or 0 when it is not one.
int sequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    if (c < 0x80) {
        return 1;
    }
    int length = 0;
    unsigned char min = 0x80;
    unsigned char max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        min = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        max = c == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        min = c == 0xF0 ? 0x90 : 0x80;
        max = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length) {
        return 0;
    }
    if (p[1] < min || p[1] > max) {
        return 0;
    }
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF) {
            return 0;
        }
    }
    return length;
}

// How many bytes guess() decodes: enough for a header and some rows, cheap for any file.
constexpr qsizetype kGuessSampleBytes = 64 * 1024;

enum class Script
{
    Chinese,
    Japanese,
    Western,
    Vietnamese
};

struct EncodingCandidate
{
    const char* name;
    Script script;
};

const std::vector<EncodingCandidate>& candidates()
{
    static const std::vector<EncodingCandidate> list = {{"GB18030", Script::Chinese},
                                                        {"Big5", Script::Chinese},
                                                        {"Shift_JIS", Script::Japanese},
                                                        {"windows-1252", Script::Western},
                                                        {"windows-1258", Script::Vietnamese}};
    return list;
}

// Characters frequent in Chinese HR exports (headers, departments, the commonest words), in both
// scripts: bytes of the right encoding decode to them far more often than the wrong one's do.
bool isFrequentChinese(QChar c)
{
    static const QString frequent = QStringLiteral(
        "的一是不了人在有这中大上个到们为和地出时年工号员编姓名日期班下加间资实发部门性别入职生证应扣奖金合计考勤车"
        "缝制包装检验组线男女小费本基月天数量产品序总额补贴"
        "這個們為時號員編資實發部門別職證應獎計車縫製裝檢驗組線費產總額補貼數");
    return frequent.contains(c);
}

bool isCombiningVietnameseTone(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

// How much a decoded sample looks like text of `script`: characters of that script count for it,
// replacement characters, control characters and characters no export holds count against it.
double plausibility(const QString& text, Script script)
{
    double score = 0;
    qsizetype run = 0; // consecutive non-ASCII characters
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u < 0x20 && u != '\t' && u != '\r' && u != '\n') {
                score -= 10;
            }
            run = 0;
            continue;
        }
        ++run;
        if (u == QChar::ReplacementCharacter) {
            score -= 10;
        } else if (u >= 0x4E00 && u <= 0x9FFF) {
            score += isFrequentChinese(c) ? 3 : (script == Script::Western || script == Script::Vietnamese ? 0 : 0.5);
        } else if (u >= 0x3040 && u <= 0x30FF) { // kana
            score += script == Script::Japanese ? 2 : -1;
        } else if ((u >= 0xFF61 && u <= 0xFF9F) || (u >= 0xE000 && u <= 0xF8FF) || (u >= 0xAC00 && u <= 0xD7AF) ||
                   (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)) {
            score -= 2; // half-width kana, private use, Hangul, rare ideographs: another encoding's bytes
        } else if (isCombiningVietnameseTone(c)) {
            const bool afterLetter = i > 0 && text.at(i - 1).isLetter();
            score += script == Script::Vietnamese && afterLetter ? 2 : -1;
        } else if (u == 0x01A0 || u == 0x01A1 || u == 0x01AF || u == 0x01B0 || u == 0x0102 || u == 0x0103 ||
                   u == 0x0110 || u == 0x0111) { // Ơ ơ Ư ư Ă ă Đ đ
            score += script == Script::Vietnamese ? 1.5 : 0;
        } else if (u == 0x00D0 || u == 0x00F0 || u == 0x00DE || u == 0x00FE || u == 0x00DD || u == 0x00FD ||
                   u == 0x00D5 || u == 0x00F5) { // Ð ð Þ þ Ý ý Õ õ: rare in Western exports, Vietnamese bytes
            score -= 1;
        } else if (c.isLetter() && u < 0x0250) {
            // One accented letter between plain ones is Western text; runs of them are another encoding's bytes.
            score += run <= (script == Script::Vietnamese ? 2 : 1) ? 1 : -1.5;
        } else {
            score -= 0.5; // symbols, box drawing, C1 punctuation
        }
    }
    return score;
}

} // namespace

std::optional<Utf8Error> TextEncoding::firstInvalidUtf8(QByteArrayView data, char separator)
{
    // Qt's validator is vectorised: the common case (a valid file) costs one fast pass.
    if (QUtf8StringView(data.data(), data.size()).isValidUtf8()) {
        return std::nullopt;
    }
    const auto* begin = reinterpret_cast<const unsigned char*>(data.data());
    const unsigned char* end = begin + data.size();
    const unsigned char* p = begin;
    int line = 1;
    int field = 0;
    while (p < end) {
        const int length = sequenceLength(p, end);
        if (length == 0) {
            Utf8Error error;
            error.offset = p - begin;
            error.line = line;
            error.field = field;
            error.bytes = QByteArray(reinterpret_cast<const char*>(p), qMin<qsizetype>(4, end - p));
            return error;
        }
        if (*p == '\n') {
            ++line;
            field = 0;
        } else if (*p == static_cast<unsigned char>(separator)) {
            ++field;
        }
        p += length;
    }
    return std::nullopt; // not reached: Qt said it is invalid
}

QString TextEncoding::guess(QByteArrayView data)
{
    if (data.startsWith("\xFF\xFE")) {
        return QStringLiteral("UTF-16LE");
    }
    if (data.startsWith("\xFE\xFF")) {
        return QStringLiteral("UTF-16BE");
    }
    // A sample ending at a line end, so no character is cut in half.
    QByteArrayView sample = data.first(qMin<qsizetype>(data.size(), kGuessSampleBytes));
    if (sample.size() < data.size()) {
        const qsizetype lineEnd = sample.lastIndexOf('\n');
        if (lineEnd > 0) {
            sample = sample.first(lineEnd + 1);
        }
    }
    // Every candidate decodes the sample; the one whose text looks most like text wins (ties: the
    // earlier one, the encodings met most first).
    QString best = QStringLiteral("windows-1252");
    double bestScore = -1e300;
    for (const EncodingCandidate& candidate : candidates()) {
        QStringDecoder decoder(candidate.name, QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            continue;
        }
        const QString text = decoder.decode(sample);
        const double score = plausibility(text, candidate.script);
        if (score > bestScore) {
            bestScore = score;
            best = QString::fromLatin1(candidate.name);
        }
    }
    if (best == QLatin1String("GB18030") && QStringDecoder("GBK", QStringConverter::Flag::Stateless).isValid()) {
        // GBK is what most Chinese exports are, and what people know; GB18030 only when GBK cannot read it.
        QStringDecoder gbk("GBK", QStringConverter::Flag::Stateless);
        const QString text = gbk.decode(sample);
        if (!gbk.hasError() && !text.contains(QChar::ReplacementCharacter)) {
            return QStringLiteral("GBK");
        }
    }
    return best;
}

QStringList TextEncoding::convertible()
{
    // The encodings of factory exports seen most (Western, Chinese, Vietnamese, Thai, Japanese), as far
    // as this system's ICU provides them; looked up once.
    static const QStringList names = [] {
        QStringList available;
        for (const char* name : {"windows-1252", "GBK", "GB18030", "Big5", "Shift_JIS", "windows-1258", "windows-874",
                                 "ISO-8859-1", "UTF-16LE", "UTF-16BE"}) {
            if (QStringDecoder(name).isValid()) {
                available.append(QString::fromLatin1(name));
            }
        }
        return available;
    }();
    return names;
}

bool TextEncoding::isUtf8Name(const QString& encoding)
{
    const QString n = encoding.trimmed().toLower().remove(QLatin1Char('-'));
    return n.isEmpty() || n == QLatin1String("utf8");
}

Result<QByteArray> TextEncoding::toUtf8(QByteArrayView data, const QString& encoding, const QString& fileName)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        return Result<QByteArray>::failure(
            Tr::tr("%1: cannot convert from '%2': this system does not know that encoding").arg(fileName, encoding));
    }
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Result<QByteArray>::failure(
            Tr::tr("%1: the file is not valid %2 either; ask the factory for a UTF-8 export").arg(fileName, encoding));
    }
    return text.toUtf8();
}

QString TextEncoding::reason(const Utf8Error& error, QByteArrayView data)
{
    return Tr::tr("not valid UTF-8 (byte 0x%1): the file looks like %2. Save it as \"CSV UTF-8\" in the "
                  "spreadsheet, or choose its encoding to convert it; nothing was read from it")
        .arg(QString::fromLatin1(error.bytes.first(1).toHex().toUpper()), guess(data));
}

} // namespace fieldbook
