#pragma once

#include <QJsonObject>
#include <QWidget>

class FieldMessage;
class QLineEdit;

// The fields of one part of a filed record (a parent, a child, the wishes, the preferences, the priority) with
// their checks as the person types. The application wizard shows them as its steps, and the detail panel's
// "Edit…" dialog shows the same forms filled with a stored record, so a correction meets the rules the filing met.
// In edit mode (setOriginal) a rule about today — a date that has passed — holds only for a value that changed:
// a start date that passed months ago does not stop anyone correcting a phone number.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(QWidget* parent = nullptr);

    // Why the form cannot be used yet, in plain words; empty when it can.
    virtual QString problem() const = 0;
    // The fields as they would be stored (normalised).
    virtual QJsonObject values() const = 0;
    // Fills the form from a stored row (or a draft holding the same fields).
    virtual void setValues(const QJsonObject& row) = 0;
    // Edit mode: fills the form from the stored row and remembers it.
    void setOriginal(const QJsonObject& row);
    bool isEditing() const { return !m_original.isEmpty(); }
    // Edit mode: the person changed something in this form since it was filled (only such a form is saved, so a
    // form nobody touched writes nothing, not even a normalised spelling of what was stored).
    bool isTouched() const { return m_touched; }
    // The stored value of a field in edit mode (null while filing).
    QJsonValue original(const char* field) const { return m_original.value(QLatin1String(field)); }
    // A field with its message beneath it, as one widget for a form layout.
    static QWidget* withMessage(QWidget* field, FieldMessage* message);
    // Tab goes through these in this order (moving fields into message boxes would otherwise reorder them).
    static void chainTabOrder(const QList<QWidget*>& widgets);
    // What is wrong with a typed national number (empty when it is empty or valid), for parent and child alike.
    static QString nationalNumberProblem(const QString& typed);

signals:
    void changed();

protected:
    // Runs the checks again and says so; the forms call it on every edit.
    virtual void validate() = 0;
    // A line edit of this form, named for tests and screen readers, that runs the checks on every key.
    QLineEdit* addLine(const QString& name, const QString& accessible);

private:
    QJsonObject m_original;
    bool m_filling = false;
    bool m_touched = false;
};
