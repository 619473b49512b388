/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart with its title, its reading in one line, the articles behind it, the quotes
 * behind each mark, and its export menu. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-accessible.h"
#include "esc-article.h"
#include "esc-chart-card.h"
#include "esc-chart-export.h"
#include "esc-chart-text.h"
#include "esc-drawn-view.h"
#include "esc-export-dialog.h"
#include "esc-menu-later.h"
#include "esc-region.h"
#include "esc-tally-text.h"
#include "esc-tally-view.h"
#include "esc-tooltip.h"
#include "esc-window.h"

struct _EscChartCard
{
  GtkWidget parent_instance;

  EscChart *chart;
  GtkWidget *quotes;            /* popover, parented to the card */

  /* Template children */
  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *reading_label;
  EscDrawnView *view;
  GtkFlowBox *sources_box;
  GtkMenuButton *menu_button;
  GMenuModel *chart_menu;
};

G_DEFINE_FINAL_TYPE (EscChartCard, esc_chart_card, GTK_TYPE_WIDGET)

static GtkWidget *
wrapped_label (const char *text,
               const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static void
on_show_in_sources (GtkButton    *button,
                    EscChartCard *self)
{
  GPtrArray *sources = g_object_get_data (G_OBJECT (button), "sources");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ESC_TYPE_WINDOW);

  gtk_popover_popdown (GTK_POPOVER (self->quotes));
  if (window != NULL)
    esc_window_show_sources (ESC_WINDOW (window), sources, index);
}

static void
on_show_tally (GtkButton    *button,
               EscChartCard *self)
{
  EscTally *tally = g_object_get_data (G_OBJECT (button), "tally");

  gtk_popover_popdown (GTK_POPOVER (self->quotes));
  esc_tally_view_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), tally,
                          esc_chart_get_election (self->chart));
}

/* A computed figure's source: how much of the count it covers, the file, and a button
 * to see the whole tally. */
static void
add_tally (GtkBox       *box,
           EscTally     *tally,
           EscChartCard *self)
{
  g_autofree char *coverage = esc_tally_text_coverage (tally);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *file = wrapped_label (esc_tally_get_file (tally), "caption");
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Tally"));

  gtk_widget_set_hexpand (file, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  esc_widget_set_tooltip (button, _("The tally sheets this figure was computed from: coverage, rows set aside, shares by region"));
  g_object_set_data_full (G_OBJECT (button), "tally", g_object_ref (tally), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_show_tally), self);
  gtk_box_append (GTK_BOX (row), file);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (box, wrapped_label (coverage, "quote"));
  gtk_box_append (box, row);
}

/* A quote with, under it, its article and a button to read it there. */
static void
add_quote (GtkBox       *box,
           GPtrArray    *sources,
           guint         index,
           EscChartCard *self)
{
  EscSource *source = g_ptr_array_index (sources, index);
  EscArticle *article = esc_source_get_article (source);
  /* Translators: a quotation from an article; %s is the quoted words. */
  g_autofree char *quote = g_strdup_printf (_("“%s”"), esc_source_get_quote (source));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = wrapped_label (esc_localized_text_get (esc_article_get_title (article)), "caption");
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show in _Sources"));

  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  esc_widget_set_tooltip (button, _("Open the article with this passage highlighted"));
  g_object_set_data_full (G_OBJECT (button), "sources", g_ptr_array_ref (sources), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_show_in_sources), self);
  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (box, wrapped_label (quote, "quote"));
  gtk_box_append (box, row);
}

static void
add_source (GtkBox       *box,
            GPtrArray    *sources,
            guint         index,
            EscChartCard *self)
{
  EscTally *tally = esc_source_get_tally (g_ptr_array_index (sources, index));

  if (tally != NULL)
    add_tally (box, tally, self);
  else
    add_quote (box, sources, index, self);
}

static void
add_claim_quotes (GtkBox       *box,
                  EscClaim     *claim,
                  EscChartCard *self)
{
  g_autofree char *claimant = esc_text_claimant (claim);
  g_autofree char *value = esc_text_claim_value (claim);
  /* Translators: "20 of 23 — National Electoral Council, preliminary". */
  g_autofree char *heading = g_strdup_printf (_("%s — %s, %s"), value, claimant,
                                              esc_text_status (esc_claim_get_status (claim)));
  GPtrArray *sources = esc_claim_get_sources (claim);

  gtk_box_append (box, wrapped_label (heading, "heading"));
  for (guint i = 0; i < sources->len; i++)
    add_source (box, sources, i, self);
}

static void
add_region_quotes (GtkBox       *box,
                   EscRegion    *region,
                   EscChartCard *self)
{
  GPtrArray *sources = esc_region_get_sources (region);
  /* Translators: the heading of the quotes behind a region's result: "Zulia — won". */
  g_autofree char *heading = g_strdup_printf (_("%s — %s"), esc_region_get_name (region),
                                              esc_text_region_outcome (esc_region_get_outcome (region)));

  gtk_box_append (box, wrapped_label (heading, "heading"));
  for (guint i = 0; i < sources->len; i++)
    add_source (box, sources, i, self);
}

/* The exact words that state the figures of mark @mark, in a popover pointing at it:
 * those about its regions first, then its claims. */
void
esc_chart_card_show_quotes (EscChartCard *self,
                            guint         mark_index)
{
  const EscChartMark *mark;
  GtkWidget *box, *scrolled;
  GdkRectangle bounds;
  double x, y;

  g_return_if_fail (ESC_IS_CHART_CARD (self));
  g_return_if_fail (mark_index < esc_chart_get_n_marks (self->chart));

  mark = esc_chart_get_mark (self->chart, mark_index);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < mark->regions->len; i++)
    add_region_quotes (GTK_BOX (box), g_ptr_array_index (mark->regions, i), self);
  for (guint i = 0; i < mark->claims->len; i++)
    add_claim_quotes (GTK_BOX (box), g_ptr_array_index (mark->claims, i), self);
  if (mark->claims->len == 0 && mark->regions->len == 0)
    gtk_box_append (GTK_BOX (box), wrapped_label (mark->detail, NULL));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quotes"), -1);
  gtk_popover_set_child (GTK_POPOVER (self->quotes), scrolled);
  esc_accessible_mend (scrolled);

  if (esc_drawn_view_get_item_bounds (self->view, mark_index, &bounds)
      && gtk_widget_translate_coordinates (GTK_WIDGET (self->view), GTK_WIDGET (self), bounds.x, bounds.y, &x, &y))
    {
      bounds.x = (int) x;
      bounds.y = (int) y;
      gtk_popover_set_pointing_to (GTK_POPOVER (self->quotes), &bounds);
    }
  gtk_popover_popup (GTK_POPOVER (self->quotes));
}

static void
on_mark_activated (EscChartCard *self,
                   guint         mark)
{
  esc_chart_card_show_quotes (self, mark);
}

static void
on_chip_clicked (GtkButton    *button,
                 EscChartCard *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-article", "s",
                              g_object_get_data (G_OBJECT (button), "article-id"));
}

static void
on_tally_chip_clicked (GtkButton    *button,
                       EscChartCard *self)
{
  esc_tally_view_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          g_object_get_data (G_OBJECT (button), "tally"), esc_chart_get_election (self->chart));
}

/* The flow box wraps the chips; the chip is the one Tab stop, not the box's child
 * around it as well. */
static void
append_chip (EscChartCard *self,
             GtkWidget    *chip)
{
  gtk_widget_add_css_class (chip, "source-chip");
  gtk_flow_box_append (self->sources_box, chip);
  gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
}

/* A chip for each file of tally sheets the chart's computed figures come from. */
static void
add_tally_chips (EscChartCard *self)
{
  GPtrArray *tallies = esc_chart_get_tallies (self->chart);

  for (guint i = 0; i < tallies->len; i++)
    {
      EscTally *tally = g_ptr_array_index (tallies, i);
      GtkWidget *chip = gtk_button_new ();
      GtkWidget *content = adw_button_content_new ();
      g_autofree char *coverage = esc_tally_text_coverage (tally);

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "x-office-spreadsheet-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), esc_tally_get_file (tally));
      gtk_button_set_child (GTK_BUTTON (chip), content);
      esc_widget_set_tooltip (chip, coverage);
      g_object_set_data_full (G_OBJECT (chip), "tally", g_object_ref (tally), g_object_unref);
      g_signal_connect (chip, "clicked", G_CALLBACK (on_tally_chip_clicked), self);
      append_chip (self, chip);
    }
}

static void
fill_sources (EscChartCard *self)
{
  GPtrArray *articles = esc_chart_get_articles (self->chart);

  add_tally_chips (self);
  for (guint i = 0; i < articles->len; i++)
    {
      EscArticle *article = g_ptr_array_index (articles, i);
      const char *title = esc_localized_text_get (esc_article_get_title (article));
      GtkWidget *label = gtk_label_new (title);
      GtkWidget *chip = gtk_button_new ();

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_button_set_child (GTK_BUTTON (chip), label);
      /* The title is the chip's name, whole, however short its label is cut. */
      esc_widget_set_tooltip_only (chip, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_object_set_data_full (G_OBJECT (chip), "article-id", g_strdup (esc_article_get_id (article)), g_free);
      g_signal_connect (chip, "clicked", G_CALLBACK (on_chip_clicked), self);
      append_chip (self, chip);
    }
}

static gboolean
export_chart (gpointer              chart,
              EscExportFormat       format,
              int                   width,
              int                   height,
              double                scale,
              const EscChartStyle  *style,
              const char           *path,
              GError              **error)
{
  return esc_chart_export (chart, format, width, height, scale, style, path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscChartCard *self = ESC_CHART_CARD (widget);
  EscExportFormat format = ESC_EXPORT_PNG;
  g_autofree char *basename = g_strdup_printf ("%s-%s", esc_election_get_id (esc_chart_get_election (self->chart)),
                                               esc_chart_get_id (self->chart));

  esc_export_format_from_string (g_variant_get_string (parameter, NULL), &format);
  esc_export_dialog_present (widget, _("Export Chart"), format, basename, export_chart,
                             g_object_ref (self->chart), g_object_unref);
}

/* The card as an image on the clipboard, at twice its size on screen. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscChartCard *self = ESC_CHART_CARD (widget);
  int width = MAX (gtk_widget_get_width (widget), 400), height = MAX (gtk_widget_get_height (widget), 240);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  surface = esc_chart_render_image (self->chart, width, height, 2, &style);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface));
  /* Cairo's ARGB32 is premultiplied, native-endian: BGRA in memory on little-endian. */
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
                                    G_BYTE_ORDER == G_LITTLE_ENDIAN ? GDK_MEMORY_B8G8R8A8_PREMULTIPLIED
                                                                    : GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
                                    bytes, cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  esc_toast (widget, _("Chart copied as an image"));
}

static void
esc_chart_card_dispose (GObject *object)
{
  EscChartCard *self = ESC_CHART_CARD (object);

  g_clear_pointer (&self->quotes, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_CHART_CARD);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (esc_chart_card_parent_class)->dispose (object);
}

static void
esc_chart_card_class_init (EscChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_chart_card_dispose;

  g_type_ensure (ESC_TYPE_DRAWN_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, box);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, chart_menu);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, reading_label);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, view);
  gtk_widget_class_bind_template_child (widget_class, EscChartCard, sources_box);
  gtk_widget_class_bind_template_callback (widget_class, on_mark_activated);

  gtk_widget_class_install_action (widget_class, "card.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "card.copy", NULL, copy_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
esc_chart_card_init (EscChartCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  esc_menu_button_set_menu_later (self->menu_button, self->chart_menu);

  self->quotes = gtk_popover_new ();
  gtk_widget_set_parent (self->quotes, GTK_WIDGET (self));
}

GtkWidget *
esc_chart_card_new (EscChart *chart)
{
  EscChartCard *self = g_object_new (ESC_TYPE_CHART_CARD, NULL);

  self->chart = g_object_ref (chart);
  gtk_label_set_text (self->title_label, esc_chart_get_title (chart));
  gtk_label_set_text (self->reading_label, esc_chart_get_reading (chart));
  esc_drawn_view_set_drawing (self->view, ESC_DRAWING (chart));
  fill_sources (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  esc_chart_get_title (chart), -1);
  return GTK_WIDGET (self);
}

EscChart *
esc_chart_card_get_chart (EscChartCard *self)
{
  g_return_val_if_fail (ESC_IS_CHART_CARD (self), NULL);
  return self->chart;
}

GtkWidget *
esc_chart_card_get_view (EscChartCard *self)
{
  g_return_val_if_fail (ESC_IS_CHART_CARD (self), NULL);
  return GTK_WIDGET (self->view);
}
