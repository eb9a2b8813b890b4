briefingSearch.terms("fa",{"face":[0,2]});
