briefingSearch.terms("le",{"lead":[1,2],"leader":[0,1,1,1],"lee":[0,3]});
