#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolBar;

namespace entente {

class NetworkView;
class Session;

// The support network as the main window docks it: a toolbar (node size, hierarchy ties,
// legend, fit, re-layout, export as GEXF or GraphML), the balance summary ("2 blocs ·
// 3 ties against the split") and the NetworkView. Everything goes through the Session.
class NetworkPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPanel(Session *session, QWidget *parent = nullptr);

    NetworkView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

    enum class ExportFormat { Gexf, GraphMl };
    // Writes the network on show with its blocs, centrality and positions; returns false
    // (with a message in `error`) when it could not.
    bool exportNetwork(const QString &path, ExportFormat format, QString *error = nullptr) const;

private:
    void chooseAndExport(ExportFormat format);
    void updateSummary();

    Session *m_session;
    NetworkView *m_view;
    QToolBar *m_toolBar;
    QComboBox *m_sizeBy;
    QLabel *m_summary;
};

} // namespace entente
