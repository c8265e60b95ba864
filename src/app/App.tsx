// Placeholder: the explorer is being built (issue 3).
export function App() {
  return <main>policy-graph</main>;
}
