#pragma once

#include <QFrame>

class QLabel;

// A plain-words notice across the top of the window (e.g. "no keychain"), which the person can close.
// Things the person must know are shown here rather than only logged.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text);
    QString text() const;

private:
    QLabel* m_text;
};
