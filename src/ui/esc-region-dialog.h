/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"
#include "esc-history.h"
#include "esc-region.h"

G_BEGIN_DECLS

#define ESC_TYPE_REGION_DIALOG (esc_region_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscRegionDialog, esc_region_dialog, ESC, REGION_DIALOG, AdwWindow)

EscRegionDialog *esc_region_dialog_new (GtkWindow   *parent,
                                        EscHistory  *history,
                                        EscElection *election,
                                        EscRegion   *region);

G_END_DECLS
