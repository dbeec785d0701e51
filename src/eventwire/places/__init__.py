"""Places: the offline gazetteer (``gazetteer``) and mention finding and disambiguation
(``resolver``). The stage is ``eventwire.stages.places.PlaceStage``."""
