#include "mappanel.h"

#include "mapview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace entente {

namespace {

constexpr int kMaxShownErrors = 12;

} // namespace

MapPanel::MapPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_view(new MapView(session, this)), m_toolBar(new QToolBar(this)),
      m_projection(new QComboBox(this))
{
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    const auto action = [this](const QString &text, const QString &tip, auto slot) {
        QAction *a = m_toolBar->addAction(text);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *fit = action(tr("Fit"), tr("Show every place and involved country (Home)"),
                          [this] { m_view->fitToData(); });
    fit->setShortcut(QKeySequence(Qt::Key_Home));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action(tr("+"), tr("Zoom in (+, or the mouse wheel)"), [this] { m_view->zoomBy(1.5); });
    action(tr("−"), tr("Zoom out (-, or the mouse wheel)"), [this] { m_view->zoomBy(1 / 1.5); });

    m_projection->addItem(tr("Equirectangular 32°"), int(Projection::Kind::Equirectangular));
    m_projection->addItem(tr("Natural Earth"), int(Projection::Kind::NaturalEarth));
    m_projection->setToolTip(tr("Projection: equirectangular with true shapes near 32° N (the "
                                "Mediterranean), or Natural Earth for a world overview"));
    m_toolBar->addWidget(m_projection);
    connect(m_projection, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setProjection(static_cast<Projection::Kind>(m_projection->currentData().toInt()));
    });
    connect(m_view, &MapView::projectionChanged, this, [this](Projection::Kind kind) {
        m_projection->setCurrentIndex(m_projection->findData(int(kind)));
    });

    m_toolBar->addSeparator();
    const auto toggle = [this](const QString &text, const QString &tip,
                               bool MapLayerOptions::*field) {
        QAction *a = m_toolBar->addAction(text);
        a->setToolTip(tip);
        a->setCheckable(true);
        a->setChecked(m_view->layers().*field);
        connect(a, &QAction::toggled, this, [this, field](bool on) {
            MapLayerOptions layers = m_view->layers();
            layers.*field = on;
            m_view->setLayers(layers);
        });
        return a;
    };
    m_countries = toggle(tr("Countries"), tr("Fill each country with the bloc its state backs"),
                         &MapLayerOptions::countries);
    m_actors = toggle(tr("Actors"), tr("Show actors at their bases, with labels"),
                      &MapLayerOptions::actors);
    m_events = toggle(tr("Events"), tr("Show events at their places, grouped when close together"),
                      &MapLayerOptions::events);
    m_arrows = toggle(tr("Ties"), tr("Show support and opposition arrows, width by evidence"),
                      &MapLayerOptions::arrows);
    m_hierarchy = toggle(tr("Hierarchy"), tr("Also show commands, member-of and acts-for ties"),
                         &MapLayerOptions::hierarchy);
    m_userLayers = toggle(tr("My layers"), tr("Show the GeoJSON layers you loaded"),
                          &MapLayerOptions::userLayers);
    m_legend = toggle(tr("Legend"), tr("Show or hide the legend"), &MapLayerOptions::legend);
    connect(m_view, &MapView::layersChanged, this, &MapPanel::syncToggles);

    m_toolBar->addSeparator();
    action(tr("Load layer…"), tr("Draw a GeoJSON file (regions, front lines, sites) over the map"),
           [this] { chooseAndLoadLayer(); });
    m_clearLayers = action(tr("Clear layers"), tr("Remove the GeoJSON layers you loaded"),
                           [this] { m_view->clearUserLayers(); });
    const auto syncClear = [this] { m_clearLayers->setEnabled(!m_view->userLayers().isEmpty()); };
    connect(m_view, &MapView::userLayersChanged, this, syncClear);
    syncClear();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void MapPanel::syncToggles()
{
    const MapLayerOptions layers = m_view->layers();
    const std::pair<QAction *, bool> states[] = {
        {m_countries, layers.countries}, {m_actors, layers.actors},
        {m_events, layers.events},       {m_arrows, layers.arrows},
        {m_hierarchy, layers.hierarchy}, {m_userLayers, layers.userLayers},
        {m_legend, layers.legend}};
    for (const auto &[action, on] : states) {
        const QSignalBlocker block(action);
        action->setChecked(on);
    }
}

void MapPanel::chooseAndLoadLayer()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Load Map Layer"), QString(),
                                     tr("GeoJSON files (*.geojson *.json);;All files (*)"));
    if (!file.isEmpty())
        loadLayer(file);
}

bool MapPanel::loadLayer(const QString &fileName, bool showErrors)
{
    Diagnostics diagnostics;
    if (m_view->loadUserLayer(fileName, &diagnostics))
        return true;
    if (showErrors) {
        QStringList lines;
        int errors = 0;
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.severity != Diagnostic::Severity::Error)
                continue;
            if (++errors <= kMaxShownErrors)
                lines << d.toString();
        }
        if (errors > kMaxShownErrors)
            lines << tr("… and %n more error(s)", nullptr, errors - kMaxShownErrors);
        QMessageBox box(
            QMessageBox::Warning, tr("Load Map Layer"),
            tr("The layer %1 could not be loaded.").arg(QDir::toNativeSeparators(fileName)),
            QMessageBox::Ok, this);
        box.setInformativeText(lines.join(u'\n'));
        box.exec();
    }
    return false;
}

} // namespace entente
