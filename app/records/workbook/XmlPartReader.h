#pragma once

#include "app/records/workbook/ZipArchive.h"

#include <QString>
#include <QXmlStreamReader>
#include <memory>

namespace fieldbook {

// Streams one XML part of a workbook through QXmlStreamReader, feeding it the inflated bytes a
// chunk at a time: a sheet is never held whole, neither as text nor as a tree. A document type
// declaration is refused (workbooks never carry one; it is how entity-expansion bombs come in).
class XmlPartReader
{
public:
    // Fails when the part is missing or larger than maxBytes (declared).
    static Result<std::unique_ptr<XmlPartReader>> open(const ZipArchive& archive, const QString& part, qint64 maxBytes);

    // The next token; Invalid at a failure (then failure() says why) or at the end of a document
    // that ended too early.
    QXmlStreamReader::TokenType next();
    QXmlStreamReader& xml()
    {
        return m_xml;
    }
    // The document was read to its end, or reading failed.
    bool atEnd() const
    {
        return m_done || !m_failure.isEmpty();
    }
    // Empty while nothing went wrong.
    QString failure() const;
    // Unpacks what is left of the part after the last token used, so that its checksum is checked
    // (libzip compares the CRC at the end of the entry), and returns failure().
    QString finish();
    // Stops reading with a reason of the caller's (a value out of range...).
    void fail(const QString& reason)
    {
        m_failure = reason;
    }
    QString part() const
    {
        return m_part;
    }

private:
    XmlPartReader() = default;

    std::unique_ptr<QIODevice> m_device;
    QXmlStreamReader m_xml;
    QString m_part;
    QString m_failure;
    bool m_eof = false;
    bool m_done = false;
};

} // namespace fieldbook
