#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <optional>

namespace fieldbook {

// The words a gate log's `direction` column uses for in and out in the office's language (进/出,
// vào/ra, masuk/keluar, giriş/çıkış, entrada/salida, in/out in any case), kept as data in
// resources/records/direction-words.json so a language is added without touching the parser.
class DirectionWords
{
public:
    // The table compiled into the binary. Empty if it cannot be read: plain in/out still read.
    static const DirectionWords& builtIn();
    static Result<DirectionWords> fromJson(const QByteArray& json);

    // True for in, false for out; nullopt for a word of neither (reported by the parser, never guessed).
    std::optional<bool> isIn(QByteArrayView cell) const;
    // How a word is compared: NFKC, lower case, Turkish İ/ı as i, no surrounding spaces.
    static QString normalized(const QString& word);

private:
    QHash<QString, bool> m_words; // normalized word -> in
};

} // namespace fieldbook
