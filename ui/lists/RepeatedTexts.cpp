#include "RepeatedTexts.h"

void RepeatedTexts::share(QVector<QVariantList>& rows)
{
    for (QVariantList& row : rows) {
        if (m_columns.size() < row.size())
            m_columns.resize(row.size());
        for (int i = 0; i < row.size(); ++i) {
            Column& column = m_columns[i];
            if (!column.pooled)
                continue;
            QVariant& value = row[i];
            if (value.typeId() != QMetaType::QString)
                continue;
            const QString text = value.toString();
            const auto kept = column.texts.constFind(text);
            if (kept != column.texts.cend()) {
                value = *kept; // the row now shares the kept copy; its own is freed
            } else if (column.texts.size() < kMaxDistinct) {
                column.texts.insert(text);
            } else {
                // Mostly new texts: stop pooling. The rows keep sharing what they share already.
                column.pooled = false;
                column.texts = QSet<QString>();
            }
        }
    }
}

void RepeatedTexts::clear()
{
    m_columns.clear();
}
