/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-dataset.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_ARTICLE_DIALOG (esc_article_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscArticleDialog, esc_article_dialog, ESC, ARTICLE_DIALOG, AdwWindow)

EscArticleDialog *esc_article_dialog_new (GtkWindow  *parent,
                                          EscHistory *history);

G_END_DECLS
