#include "networkpanel.h"

#include "networkview.h"

#include "analysis/layoutjob.h"
#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

NetworkPanel::NetworkPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_view(new NetworkView(session, this)),
      m_toolBar(new QToolBar(this)), m_sizeBy(new QComboBox(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("networkPanel"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_sizeBy->addItem(tr("Size: evidence"), int(NetworkViewOptions::NodeSize::WeightedDegree));
    m_sizeBy->addItem(tr("Size: betweenness"), int(NetworkViewOptions::NodeSize::Betweenness));
    m_sizeBy->setToolTip(tr("What node size shows: the evidence behind an actor's ties, or how "
                            "often it stands between other actors"));
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setNodeSize(NetworkViewOptions::NodeSize(m_sizeBy->itemData(index).toInt()));
    });
    m_toolBar->addWidget(m_sizeBy);

    QAction *hierarchy = m_toolBar->addAction(tr("Hierarchy"));
    hierarchy->setCheckable(true);
    hierarchy->setChecked(m_view->options().showHierarchy);
    hierarchy->setToolTip(tr("Show the ties of command and membership (commands, member of, "
                             "acts for)"));
    connect(hierarchy, &QAction::toggled, m_view, &NetworkView::setShowHierarchy);

    QAction *legend = m_toolBar->addAction(tr("Legend"));
    legend->setCheckable(true);
    legend->setChecked(m_view->options().showLegend);
    legend->setToolTip(tr("Show the key to blocs, ties, actor kinds and node size"));
    connect(legend, &QAction::toggled, m_view, &NetworkView::setShowLegend);

    m_toolBar->addSeparator();
    QAction *fit = m_toolBar->addAction(tr("Fit"), m_view, &NetworkView::fitAll);
    fit->setToolTip(tr("Show the whole network"));
    QAction *relayout = m_toolBar->addAction(tr("Re-layout"), m_view, &NetworkView::relayout);
    relayout->setToolTip(tr("Lay the network out afresh (pinned actors stay where they are)"));

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the network on show for Gephi, yEd, Cytoscape or "
                                "NetworkX"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("GEXF (Gephi)…"), this,
                          [this] { chooseAndExport(ExportFormat::Gexf); });
    exportMenu->addAction(tr("GraphML…"), this, [this] { chooseAndExport(ExportFormat::GraphMl); });
    exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(exportButton);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_summary->setObjectName(QStringLiteral("networkSummary"));
    m_summary->setToolTip(tr("Blocs split the actors so that friendly ties fall inside them and "
                             "hostile ties between them; ties against the split are those no "
                             "division can satisfy"));
    m_summary->setContentsMargins(4, 0, 6, 0);
    m_toolBar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view, &NetworkView::analysisShown, this, &NetworkPanel::updateSummary);
    updateSummary();
}

void NetworkPanel::updateSummary()
{
    m_summary->setText(m_view->summary());
}

bool NetworkPanel::exportNetwork(const QString &path, ExportFormat format, QString *error) const
{
    const NetworkAnalysis *analysis = m_view->analysis();
    if (!analysis) {
        if (error)
            *error = tr("There is no network to export yet.");
        return false;
    }
    std::unique_ptr<NetworkExporter> writer;
    if (format == ExportFormat::Gexf)
        writer = std::make_unique<GexfWriter>(analysis->network);
    else
        writer = std::make_unique<GraphmlWriter>(analysis->network);
    writer->setBlocs(analysis->blocs);
    // Betweenness is computed for the view only when it sizes nodes by it.
    writer->setCentrality(*analysis->ensureBetweenness());
    writer->setPositions(m_view->positions());
    if (!writer->writeFile(path)) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    return true;
}

void NetworkPanel::chooseAndExport(ExportFormat format)
{
    const bool gexf = format == ExportFormat::Gexf;
    const QString suffix = gexf ? QStringLiteral(".gexf") : QStringLiteral(".graphml");
    const QString base = m_session->projectPath().isEmpty()
                             ? tr("network")
                             : QFileInfo(m_session->projectPath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Network"), base + suffix,
                                                gexf ? tr("GEXF files (*.gexf)")
                                                     : tr("GraphML files (*.graphml)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportNetwork(path, format, &error))
        QMessageBox::warning(this, tr("Export Network"), error);
}

} // namespace entente
