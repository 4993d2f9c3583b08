#pragma once
// Reads ITC2007 track 3 instances: the extended .ectt format of the Udine CB-CTT
// collection and the original .ctt (no Min_Max_Daily_Lectures / RoomConstraints,
// five-field courses, two-field rooms). Throws metodist::Error naming file and line.
#include "groups/timetabling/instance.h"

namespace metodist::timetabling {

Instance parseEctt(const QString &text, const QString &fileName);
Instance readEcttFile(const QString &path);

} // namespace metodist::timetabling
