#include "app/records/IdentityFingerprint.h"
#include "app/signing/SecureBytes.h"

#include <QMutex>
#include <sodium.h>

namespace fieldbook {

namespace {
QMutex g_keyMutex;
QByteArray g_key; // guarded by g_keyMutex

QByteArray currentKey()
{
    QMutexLocker lock(&g_keyMutex);
    if (g_key.size() != crypto_generichash_KEYBYTES && sodiumReady()) {
        g_key = QByteArray(crypto_generichash_KEYBYTES, '\0');
        randombytes_buf(g_key.data(), size_t(g_key.size()));
    }
    return g_key;
}
} // namespace

QString IdentityFingerprint::normalised(const QString& idNumber)
{
    QString out;
    for (const QChar c : idNumber) {
        if (c.isLetterOrNumber()) {
            out.append(c.toUpper());
        }
    }
    return out;
}

void IdentityFingerprint::setStoreKey(const QByteArray& key)
{
    QMutexLocker lock(&g_keyMutex);
    g_key = key;
}

QString IdentityFingerprint::of(const QString& idNumber)
{
    const QByteArray key = currentKey();
    const QByteArray id = normalised(idNumber).toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(id.constData()),
                       static_cast<unsigned long long>(id.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

} // namespace fieldbook
