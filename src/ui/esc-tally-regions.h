/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-tally.h"

G_BEGIN_DECLS

void esc_tally_regions_table_fill (GtkColumnView *view,
                                   EscTally      *tally);

G_END_DECLS
