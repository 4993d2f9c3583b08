#pragma once
// schedule solve --profile: the automatic scheduler on a profile (see scheduleprofile.cpp).
#include "args.h"

int scheduleProfileCommand(const CliArgs &args);
