#pragma once

namespace entente {

// Runs the desktop application: main window, optional project or demo, --screenshot.
int runGui(int argc, char *argv[]);

} // namespace entente
