// The pane follows the Office theme (Office.context.officeTheme), with the browser's colour scheme as the fallback
// where Office gives none, and the system's forced colours (Windows contrast themes) over both.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "contrast";

export interface OfficeThemeColors {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export interface MediaQueries {
  matches(query: string): boolean;
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white); null when not a colour. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeKind(office: OfficeThemeColors | undefined, media: MediaQueries): ThemeKind {
  if (media.matches("(forced-colors: active)") || media.matches("(prefers-contrast: more)")) return "contrast";
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const light = luminance(office.bodyBackgroundColor);
    if (light !== null) return light < 0.2 ? "dark" : "light";
  }
  return media.matches("(prefers-color-scheme: dark)") ? "dark" : "light";
}

export const FLUENT_THEMES: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

/** The queries whose change re-picks the theme. */
export const THEME_QUERIES = ["(forced-colors: active)", "(prefers-contrast: more)", "(prefers-color-scheme: dark)"];
