#pragma once

#include <QLabel>

// The message under a form field: hidden while the field is fine (its line kept free), a short reason in
// plain words (with the warning colour) as soon as what was typed cannot be used.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void setProblem(const QString& text);
    // A remark that blocks nothing ("that is the most …"), in the normal text colour.
    void setNote(const QString& text);
    bool hasProblem() const { return m_problem; }

private:
    bool m_problem = false;
};
