/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-dataset.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_ITEM_FORM (esc_item_form_get_type ())
G_DECLARE_FINAL_TYPE (EscItemForm, esc_item_form, ESC, ITEM_FORM, AdwWindow)

EscItemForm *esc_item_form_new (GtkWindow  *parent,
                                EscHistory *history,
                                EscDataset *dataset,
                                gpointer    item,
                                GPtrArray  *list,
                                GPtrArray  *parties,
                                const char *title);

G_END_DECLS
