#include "app/records/workbook/Workbook.h"
#include "app/records/workbook/PartPaths.h"
#include "app/records/workbook/SheetReader.h"
#include "app/records/workbook/XmlPartReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

const QLatin1String kRelationshipsNs("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QLatin1String kStrictMainNs("http://purl.oclc.org/ooxml/spreadsheetml/main");

struct Relationship
{
    QString id;
    QString type; // the last segment of the type URI: officeDocument, worksheet, sharedStrings, styles...
    QString target;
    bool external = false;
};

Result<std::vector<Relationship>> readRelationships(const ZipArchive& archive, const QString& part)
{
    std::vector<Relationship> relationships;
    if (!archive.contains(part)) {
        return relationships;
    }
    Result<std::unique_ptr<XmlPartReader>> opened = XmlPartReader::open(archive, part, Workbook::kMaxSmallPartBytes);
    if (!opened) {
        return Result<std::vector<Relationship>>::failure(opened.error());
    }
    XmlPartReader& reader = *opened.value();
    while (!reader.atEnd()) {
        if (reader.next() == QXmlStreamReader::StartElement && reader.xml().name() == u"Relationship") {
            const QXmlStreamAttributes attributes = reader.xml().attributes();
            const QString type = attributes.value(QLatin1String("Type")).toString();
            relationships.push_back(
                {attributes.value(QLatin1String("Id")).toString(), type.mid(type.lastIndexOf(u'/') + 1),
                 attributes.value(QLatin1String("Target")).toString(),
                 attributes.value(QLatin1String("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0});
        }
    }
    if (const QString failure = reader.finish(); !failure.isEmpty()) {
        return Result<std::vector<Relationship>>::failure(failure);
    }
    return relationships;
}

// An OLE compound file (D0 CF 11 E0 A1 B1 1A E1): a legacy .xls, or an .xlsx encrypted with a
// password (its streams are EncryptionInfo and EncryptedPackage).
QString compoundFileMessage(QFile& file)
{
    // Stream names are UTF-16 in the file's directory; a search is enough to tell the two apart.
    file.seek(0);
    const QByteArray head = file.read(64 * 1024 * 1024);
    QByteArray utf16le;
    for (const char c : QByteArrayView("EncryptionInfo")) {
        utf16le += c;
        utf16le += '\0';
    }
    if (head.contains(utf16le)) {
        return Tr::tr("the workbook is protected by a password: open it in Excel, remove the password (File ▸ Info "
                      "▸ Protect Workbook ▸ Encrypt with Password), save and choose it again");
    }
    return Tr::tr("this is a legacy Excel 97-2003 workbook (.xls), which Fieldbook does not read: open it in Excel "
                  "or LibreOffice, save it as .xlsx (File ▸ Save As ▸ Excel Workbook) and choose it again");
}

} // namespace

bool Workbook::isWorkbookFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls") ||
           suffix == QLatin1String("xlsb") || suffix == QLatin1String("ods");
}

QString Workbook::sheetFileName(const QString& fileName, const QString& sheet)
{
    return sheet.isEmpty() ? fileName : QStringLiteral("%1 [%2]").arg(fileName, sheet);
}

int Workbook::indexOfSheet(const QString& name) const
{
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name == name) {
            return int(i);
        }
    }
    return -1;
}

Result<Workbook> Workbook::open(const QString& path)
{
    using R = Result<Workbook>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(Tr::tr("cannot open: %1").arg(file.errorString()));
    }
    const QByteArray magic = file.read(8);
    if (magic == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        return R::failure(compoundFileMessage(file));
    }
    if (!magic.startsWith("PK")) {
        return R::failure(Tr::tr("not an Excel workbook (.xlsx): the file is damaged or of another kind; open "
                                 "it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)"));
    }
    file.close();
    Result<ZipArchive> archive = ZipArchive::open(path);
    if (!archive) {
        return R::failure(archive.error());
    }
    Workbook book(archive.take());
    const ZipArchive& zip = book.m_archive;
    if (zip.contains(QStringLiteral("mimetype")) && !zip.contains(QStringLiteral("_rels/.rels"))) {
        return R::failure(Tr::tr("this is an OpenDocument spreadsheet (.ods): open it in LibreOffice, save it as "
                                 "an Excel Workbook (.xlsx) and choose it again"));
    }
    Result<std::vector<Relationship>> packageRels = readRelationships(zip, QStringLiteral("_rels/.rels"));
    if (!packageRels) {
        return R::failure(packageRels.error());
    }
    QString workbookPart;
    for (const Relationship& r : *packageRels) {
        if (r.type == QLatin1String("officeDocument") && !r.external) {
            workbookPart = partpaths::resolve(QString(), r.target);
        }
    }
    if (workbookPart.isEmpty() && zip.contains(QStringLiteral("xl/workbook.xml"))) {
        workbookPart = QStringLiteral("xl/workbook.xml");
    }
    if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
        return R::failure(Tr::tr("this is an Excel binary workbook (.xlsb): open it in Excel, save it as an "
                                 "Excel Workbook (.xlsx) and choose it again"));
    }
    if (workbookPart.isEmpty() || !zip.contains(workbookPart)) {
        return R::failure(Tr::tr("not an Excel workbook: the archive holds no workbook part"));
    }
    // The workbook: its sheets (name and relationship id, in tab order) and its date system.
    std::vector<std::pair<QString, QString>> sheetIds;
    {
        Result<std::unique_ptr<XmlPartReader>> opened = XmlPartReader::open(zip, workbookPart, kMaxSmallPartBytes);
        if (!opened) {
            return R::failure(opened.error());
        }
        XmlPartReader& reader = *opened.value();
        bool root = true;
        while (!reader.atEnd()) {
            if (reader.next() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (root && reader.xml().namespaceUri() == kStrictMainNs) {
                return R::failure(Tr::tr("this workbook is saved as Strict Open XML, which Fieldbook does not read: "
                                         "open it in Excel, save it as an Excel Workbook (.xlsx, not Strict) and "
                                         "choose it again"));
            }
            root = false;
            const QStringView name = reader.xml().name();
            const QXmlStreamAttributes attributes = reader.xml().attributes();
            if (name == u"workbookPr") {
                const QStringView flag = attributes.value(QLatin1String("date1904"));
                book.m_date1904 = flag == u"1" || flag.compare(u"true", Qt::CaseInsensitive) == 0;
            } else if (name == u"sheet") {
                sheetIds.emplace_back(attributes.value(QLatin1String("name")).toString(),
                                      attributes.value(kRelationshipsNs, QLatin1String("id")).toString());
            }
        }
        if (const QString failure = reader.finish(); !failure.isEmpty()) {
            return R::failure(failure);
        }
    }
    Result<std::vector<Relationship>> rels = readRelationships(zip, partpaths::relationshipsOf(workbookPart));
    if (!rels) {
        return R::failure(rels.error());
    }
    const QString folder = partpaths::folderOf(workbookPart);
    QString stringsPart;
    QString stylesPart;
    for (const Relationship& r : *rels) {
        if (r.type == QLatin1String("sharedStrings") && !r.external) {
            stringsPart = partpaths::resolve(folder, r.target);
        } else if (r.type == QLatin1String("styles") && !r.external) {
            stylesPart = partpaths::resolve(folder, r.target);
        }
    }
    for (const auto& [sheetName, id] : sheetIds) {
        const QString& relId = id; // a structured binding cannot be captured by clang 14 (the fuzz build)
        const auto found =
            std::find_if(rels->begin(), rels->end(), [&relId](const Relationship& r) { return r.id == relId; });
        if (found == rels->end() || found->type != QLatin1String("worksheet")) {
            continue; // a chart sheet or a dialog sheet: no cells
        }
        const QString part = found->external ? QString() : partpaths::resolve(folder, found->target);
        if (part.isEmpty()) {
            return R::failure(
                Tr::tr("the sheet \"%1\" points outside the workbook (%2): refused").arg(sheetName, found->target));
        }
        book.m_sheets.push_back({sheetName, part});
    }
    Result<SharedStrings> strings = SharedStrings::read(zip, stringsPart);
    if (!strings) {
        return R::failure(strings.error());
    }
    book.m_strings = strings.take();
    Result<CellStyles> styles = CellStyles::read(zip, stylesPart);
    if (!styles) {
        return R::failure(styles.error());
    }
    book.m_styles = styles.take();
    return book;
}

Result<SheetCsv> Workbook::readSheet(int index, int maxRows, const std::atomic<bool>* cancel) const
{
    if (index < 0 || index >= int(m_sheets.size())) {
        return Result<SheetCsv>::failure(Tr::tr("no such sheet"));
    }
    SheetReader::Context context;
    context.strings = &m_strings;
    context.styles = &m_styles;
    context.date1904 = m_date1904;
    context.cancel = cancel;
    return SheetReader::read(m_archive, m_sheets[size_t(index)].part, context, maxRows);
}

} // namespace fieldbook
