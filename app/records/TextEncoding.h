#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace fieldbook {

// Where a file stops being valid UTF-8.
struct Utf8Error
{
    qsizetype offset = 0; // of the first bad byte
    int line = 0;         // 1-based
    int field = 0;        // 0-based field of that line, counting `separator`s (quotes are not followed)
    QByteArray bytes;     // the bad byte and up to three after it, for the message
};

// Record files are UTF-8, with or without a BOM (formats.md 1). Factories often hand over
// Windows-1252 or GBK exports instead; decoding those as UTF-8 would silently turn names and
// departments into replacement characters. This checks the bytes, guesses what they probably
// are (to tell the auditor), and converts from a named encoding when the auditor asks for it.
class TextEncoding
{
public:
    static std::optional<Utf8Error> firstInvalidUtf8(QByteArrayView data, char separator = ',');
    // What bytes that are not UTF-8 probably are: "GBK" (or "GB18030" when GBK cannot read them),
    // "Big5", "Shift_JIS", "windows-1258", "windows-1252", "UTF-16LE"/"UTF-16BE" (by their BOM).
    // Each candidate decodes a sample and the most plausible text wins; a hint for the auditor, who
    // confirms it: nothing is converted on a guess.
    static QString guess(QByteArrayView data);
    // Encodings a file can be converted from (QStringDecoder names; ICU provides them).
    static QStringList convertible();
    static bool isUtf8Name(const QString& encoding); // empty, "utf-8", "UTF8"
    // The bytes re-encoded as UTF-8; fails when they are not valid in `encoding` either.
    static Result<QByteArray> toUtf8(QByteArrayView data, const QString& encoding, const QString& fileName);
    // Why the file is refused, for people: "not valid UTF-8 (byte 0xC4); it looks like GBK ...".
    static QString reason(const Utf8Error& error, QByteArrayView data);
};

} // namespace fieldbook
