#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

struct zip;
struct zip_file;

namespace fieldbook {

// A zip archive (an .xlsx workbook) opened read-only through libzip, with limits against hostile
// files: a cap on the number of entries, on each entry's size (the declared size is checked before
// inflating and the inflated bytes are counted while reading, since the declared size can lie) and
// on the compression ratio of large entries (a zip bomb inflates kilobytes into gigabytes).
// Errors are reasons for people, without the file name (the caller names the file and sheet).
class ZipArchive
{
public:
    static constexpr qint64 kMaxEntries = 10000;
    // Entries up to this size may compress as well as they like (tiny XML parts compress 50:1).
    static constexpr qint64 kRatioFreeBytes = 1024 * 1024;
    static constexpr qint64 kMaxRatio = 200;

    static Result<ZipArchive> open(const QString& path);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    bool contains(const QString& name) const;
    // A whole entry (a small XML part), refused when larger than maxBytes.
    Result<QByteArray> read(const QString& name, qint64 maxBytes) const;
    // A device streaming an entry, inflated as it is read; reading fails (and error() says why)
    // past maxBytes. The archive must outlive the device.
    Result<std::unique_ptr<QIODevice>> stream(const QString& name, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    struct Closer
    {
        void operator()(zip* archive) const;
    };
    std::unique_ptr<zip, Closer> m_zip;
};

// The device ZipArchive::stream() returns: counts what it inflates and stops at the limit.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(zip_file* file, qint64 maxBytes);
    ~ZipEntryDevice() override;

    bool isSequential() const override
    {
        return true;
    }
    // Why reading stopped early (damaged data, a CRC mismatch, the size limit); empty when it did not.
    QString failure() const
    {
        return m_failure;
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }

private:
    zip_file* m_file;
    qint64 m_maxBytes;
    qint64 m_read = 0;
    QString m_failure;
};

} // namespace fieldbook
