#include "app/records/workbook/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <zip.h>

namespace fieldbook {

namespace {

QString tooLarge(const QString& name, qint64 maxBytes)
{
    return QCoreApplication::translate("Workbook",
                                       "the part %1 is larger than %2 MiB once unpacked: refused (a damaged file "
                                       "or a zip bomb)")
        .arg(name)
        .arg(maxBytes / (1024 * 1024));
}

QString damaged(const QString& name, const QString& why)
{
    return QCoreApplication::translate("Workbook", "the part %1 cannot be unpacked (%2): the workbook is damaged")
        .arg(name, why);
}

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

void ZipArchive::Closer::operator()(zip* archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(const QString& path)
{
    int code = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        return Result<ZipArchive>::failure(
            QCoreApplication::translate("Workbook",
                                        "not a readable workbook: the zip archive is damaged or incomplete (%1)")
                .arg(zipErrorText(code)));
    }
    ZipArchive result;
    result.m_zip.reset(archive);
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries > kMaxEntries) {
        return Result<ZipArchive>::failure(
            QCoreApplication::translate("Workbook", "the archive holds %1 parts, more than the %2 a workbook may have")
                .arg(entries)
                .arg(kMaxEntries));
    }
    return result;
}

bool ZipArchive::contains(const QString& name) const
{
    return zip_name_locate(m_zip.get(), name.toUtf8().constData(), 0) >= 0;
}

Result<std::unique_ptr<QIODevice>> ZipArchive::stream(const QString& name, qint64 maxBytes) const
{
    using R = Result<std::unique_ptr<QIODevice>>;
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip.get(), utf8.constData(), 0, &stat) != 0) {
        return R::failure(QCoreApplication::translate("Workbook", "the part %1 is missing").arg(name));
    }
    // The declared sizes first: refused without inflating a byte.
    if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > maxBytes) {
        return R::failure(tooLarge(name, maxBytes));
    }
    if ((stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE) && qint64(stat.size) > kRatioFreeBytes &&
        qint64(stat.size) > kMaxRatio * qMax<qint64>(1, qint64(stat.comp_size))) {
        return R::failure(QCoreApplication::translate(
                              "Workbook", "the part %1 unpacks to over %2 times its packed size: refused as a "
                                          "zip bomb")
                              .arg(name)
                              .arg(kMaxRatio));
    }
    zip_file_t* file = zip_fopen_index(m_zip.get(), stat.index, 0);
    if (!file) {
        return R::failure(damaged(name, QString::fromUtf8(zip_strerror(m_zip.get()))));
    }
    // The ratio is also held while inflating: a lying declared size gains nothing.
    const qint64 packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
    const qint64 byRatio = packed > 0 ? qMax(kRatioFreeBytes, kMaxRatio * packed) : maxBytes;
    auto device = std::make_unique<ZipEntryDevice>(file, qMin(maxBytes, byRatio));
    device->setObjectName(name);
    device->open(QIODevice::ReadOnly);
    return R(std::unique_ptr<QIODevice>(std::move(device)));
}

Result<QByteArray> ZipArchive::read(const QString& name, qint64 maxBytes) const
{
    Result<std::unique_ptr<QIODevice>> device = stream(name, maxBytes);
    if (!device) {
        return Result<QByteArray>::failure(device.error());
    }
    QByteArray bytes = device.value()->readAll();
    const QString failure = static_cast<ZipEntryDevice*>(device.value().get())->failure();
    if (!failure.isEmpty()) {
        return Result<QByteArray>::failure(failure);
    }
    return bytes;
}

ZipEntryDevice::ZipEntryDevice(zip_file* file, qint64 maxBytes) : m_file(file), m_maxBytes(maxBytes)
{}

ZipEntryDevice::~ZipEntryDevice()
{
    zip_fclose(m_file);
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (!m_failure.isEmpty()) {
        return -1;
    }
    // One byte more than allowed is asked for, so an entry exactly at the limit is not refused.
    const qint64 room = m_maxBytes + 1 - m_read;
    const zip_int64_t got = zip_fread(m_file, data, zip_uint64_t(qMin(maxSize, room)));
    if (got < 0) {
        m_failure = damaged(objectName(), QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    m_read += got;
    if (m_read > m_maxBytes) {
        m_failure =
            QCoreApplication::translate("Workbook", "the part %1 unpacks to more than its size allows (%2 MiB, or %3 "
                                                    "times its packed size): refused (a damaged file or a zip bomb)")
                .arg(objectName())
                .arg(m_maxBytes / (1024 * 1024))
                .arg(ZipArchive::kMaxRatio);
        return -1;
    }
    return got;
}

} // namespace fieldbook
