# The api as a Nix package: the esbuild bundle (services/api/build.ts writes dist/server.js, pg included)
# wrapped with Node. Building from source with buildNpmPackage would need the whole repository's npm
# lock and a vendored dependency hash for one file of output; the bundle is already self-contained, so
# it is copied as is. Build it first (`npx tsx services/api/build.ts`); a git flake only sees files git
# tracks, so commit the bundle of the release or evaluate with `path:`.
{ lib, stdenvNoCC, makeWrapper, nodejs_20, serverJs ? ./dist/server.js }:

assert lib.assertMsg (builtins.pathExists serverJs)
  "edge-iac api: ${toString serverJs} does not exist; bundle the api first with `npx tsx services/api/build.ts`.";

stdenvNoCC.mkDerivation {
  pname = "edge-iac-api";
  version = "0.1.0";
  dontUnpack = true;
  nativeBuildInputs = [ makeWrapper ];

  installPhase = ''
    runHook preInstall
    install -Dm444 ${serverJs} $out/lib/edge-iac-api/server.js
    makeWrapper ${nodejs_20}/bin/node $out/bin/edge-iac-api \
      --add-flags "--enable-source-maps $out/lib/edge-iac-api/server.js"
    runHook postInstall
  '';

  meta = {
    description = "The api service of edge-iac, bundled";
    mainProgram = "edge-iac-api";
    platforms = lib.platforms.linux;
  };
}
