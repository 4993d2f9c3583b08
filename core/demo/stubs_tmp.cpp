#include "democontext.h"
namespace metodist::demo {
void generateResources(Context &) {}
void generateRoutes(Context &) {}
void generateGroups(Context &) {}
void generateSupport(Context &) {}
}
