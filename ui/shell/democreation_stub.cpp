#include "profiledialog.h"
namespace metodist::ui { bool createDemoRegion(QWidget *, const QString &, int) { return false; } }
