#pragma once

#include <QWidget>

// Stands in for a part of the client that is not built yet. It says so plainly and shows no made-up data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, QWidget* parent = nullptr);
};
