#pragma once

#include <QWidget>

namespace entente {

// Stands in a dock for a view that is not built yet, saying what will be there.
class ViewPlaceholder final : public QWidget
{
    Q_OBJECT

public:
    ViewPlaceholder(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace entente
