#pragma once

class QCoreApplication;

namespace entente {

// Loads the Qt and Entente translations for the system locale (built into the
// executable under :/i18n) and installs them on the application.
void installTranslations(QCoreApplication &app);

} // namespace entente
