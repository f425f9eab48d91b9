#include "app/sync/PackageContainer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace fieldbook {

namespace {
const QByteArray kMagic("FIELDBOOK-PACKAGE\n");

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};
} // namespace

QByteArray PackageContainer::serialize() const
{
    QJsonObject manifest = meta;
    manifest.insert(QStringLiteral("format_version"), formatVersion);
    QJsonArray list;
    for (const PackageEntry& e : entries) {
        list.append(
            QJsonObject{{QStringLiteral("name"), e.name},
                        {QStringLiteral("size"), double(e.data.size())},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex())}});
    }
    manifest.insert(QStringLiteral("entries"), list);
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QByteArray out = kMagic;
    char length[4];
    qToBigEndian(quint32(json.size()), length);
    out.append(length, 4);
    out.append(json);
    for (const PackageEntry& e : entries) {
        out.append(e.data);
    }
    return out;
}

Result<PackageContainer> PackageContainer::parse(const QByteArray& bytes)
{
    using R = Result<PackageContainer>;
    if (!bytes.startsWith(kMagic) || bytes.size() < kMagic.size() + 4) {
        return R::failure(Tr::tr("not a Fieldbook package"));
    }
    const quint32 length = qFromBigEndian<quint32>(bytes.constData() + kMagic.size());
    const qsizetype start = kMagic.size() + 4;
    if (qsizetype(length) > bytes.size() - start) {
        return R::failure(Tr::tr("the package manifest is cut short"));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, length), &error);
    if (!doc.isObject()) {
        return R::failure(Tr::tr("the package manifest is damaged: %1").arg(error.errorString()));
    }
    PackageContainer c;
    c.meta = doc.object();
    const int version = c.meta.value(QStringLiteral("format_version")).toInt();
    if (version < 1 || version > kFormatVersion) {
        return R::failure(
            Tr::tr("package format %1 is not supported (this version reads %2)").arg(version).arg(kFormatVersion));
    }
    c.formatVersion = version;
    qsizetype pos = start + length;
    for (const QJsonValue& v : c.meta.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        // Range-checked as a double first: a size of 1e300 does not fit an integer (found by fuzzing).
        const double declared = o.value(QStringLiteral("size")).toDouble(-1);
        if (name.isEmpty() || !(declared >= 0) || declared > double(bytes.size() - pos)) {
            return R::failure(Tr::tr("entry \"%1\" is cut short").arg(name));
        }
        const qsizetype size = qsizetype(declared);
        PackageEntry e{name, bytes.mid(pos, size)};
        pos += size;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex());
        if (hash != o.value(QStringLiteral("sha256")).toString()) {
            return R::failure(Tr::tr("entry \"%1\" does not match its SHA-256").arg(name));
        }
        c.entries.append(e);
    }
    if (pos != bytes.size()) {
        return R::failure(Tr::tr("the package has %1 unexpected bytes at the end").arg(bytes.size() - pos));
    }
    c.meta.remove(QStringLiteral("entries"));
    return c;
}

const PackageEntry* PackageContainer::entry(const QString& name) const
{
    for (const PackageEntry& e : entries) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace fieldbook
