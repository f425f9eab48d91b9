#include "app/records/TextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUtf8StringView>

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
    // GBK text is pairs of high bytes (lead 0x81-0xFE, trail mostly 0xA1-0xFE for common characters);
    // Windows-1252 text has single high bytes between ASCII letters.
    qsizetype pairs = 0;
    qsizetype highPairs = 0;
    qsizetype singles = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            continue;
        }
        const auto next = i + 1 < data.size() ? static_cast<unsigned char>(data[i + 1]) : 0;
        if (c >= 0x81 && c <= 0xFE && next >= 0x40 && next <= 0xFE && next != 0x7F) {
            ++pairs;
            if (c >= 0xA1 && next >= 0xA1) {
                ++highPairs;
            }
            ++i;
        } else {
            ++singles;
        }
    }
    if (pairs > 0 && singles == 0 && highPairs * 5 >= pairs * 4) {
        return QStringLiteral("GBK");
    }
    return QStringLiteral("windows-1252");
}

QStringList TextEncoding::convertible()
{
    // The encodings of factory exports seen most (Western, Chinese, Vietnamese, Thai, Japanese), as far
    // as this system's ICU provides them; looked up once.
    static const QStringList names = [] {
        QStringList available;
        for (const char* name :
             {"windows-1252", "GBK", "GB18030", "Big5", "Shift_JIS", "windows-1258", "windows-874", "ISO-8859-1"}) {
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
