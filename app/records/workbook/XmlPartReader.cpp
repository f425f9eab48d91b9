#include "app/records/workbook/XmlPartReader.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;
}

Result<std::unique_ptr<XmlPartReader>> XmlPartReader::open(const ZipArchive& archive, const QString& part,
                                                           qint64 maxBytes)
{
    Result<std::unique_ptr<QIODevice>> device = archive.stream(part, maxBytes);
    if (!device) {
        return Result<std::unique_ptr<XmlPartReader>>::failure(device.error());
    }
    std::unique_ptr<XmlPartReader> reader(new XmlPartReader);
    reader->m_device = device.take();
    reader->m_part = part;
    return Result<std::unique_ptr<XmlPartReader>>(std::move(reader));
}

QXmlStreamReader::TokenType XmlPartReader::next()
{
    if (!m_failure.isEmpty()) {
        return QXmlStreamReader::Invalid;
    }
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError &&
            !m_eof) {
            const QByteArray chunk = m_device->read(kChunkBytes);
            const QString deviceFailure = static_cast<ZipEntryDevice*>(m_device.get())->failure();
            if (!deviceFailure.isEmpty()) {
                m_failure = deviceFailure;
                return QXmlStreamReader::Invalid;
            }
            if (chunk.isEmpty()) {
                m_eof = true;
            } else {
                m_xml.addData(chunk);
            }
            continue;
        }
        if (token == QXmlStreamReader::DTD) {
            m_failure =
                QCoreApplication::translate("Workbook", "the part %1 carries a document type declaration, which "
                                                        "workbooks never do: refused")
                    .arg(m_part);
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::Invalid) {
            m_failure = QCoreApplication::translate("Workbook", "the part %1 is not well-formed XML (line %2: %3)")
                            .arg(m_part)
                            .arg(m_xml.lineNumber())
                            .arg(m_xml.errorString());
        }
        m_done = token == QXmlStreamReader::EndDocument;
        return token;
    }
}

QString XmlPartReader::finish()
{
    while (m_failure.isEmpty() && !m_eof) {
        const QByteArray chunk = m_device->read(kChunkBytes);
        m_failure = static_cast<ZipEntryDevice*>(m_device.get())->failure();
        m_eof = chunk.isEmpty();
    }
    return m_failure;
}

QString XmlPartReader::failure() const
{
    return m_failure;
}

} // namespace fieldbook
