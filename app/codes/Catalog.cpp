#include "app/codes/Catalog.h"

namespace fieldbook {

int Catalog::questionCount() const
{
    int n = 0;
    for (const CatalogSection& s : sections) {
        for (const CatalogClause& c : s.clauses) {
            n += int(c.questions.size());
        }
    }
    return n;
}

const CatalogClause* Catalog::clause(const QString& clauseId) const
{
    for (const CatalogSection& s : sections) {
        for (const CatalogClause& c : s.clauses) {
            if (c.id == clauseId) {
                return &c;
            }
        }
    }
    return nullptr;
}

const CatalogQuestion* Catalog::question(const QString& questionId) const
{
    for (const CatalogSection& s : sections) {
        for (const CatalogClause& c : s.clauses) {
            for (const CatalogQuestion& q : c.questions) {
                if (q.id == questionId) {
                    return &q;
                }
            }
        }
    }
    return nullptr;
}

} // namespace fieldbook
