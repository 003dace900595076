#include "viewplaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace entente {

ViewPlaceholder::ViewPlaceholder(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {heading, body}) {
        l->setAlignment(Qt::AlignCenter);
        l->setTextFormat(Qt::PlainText);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace entente
